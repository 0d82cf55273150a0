package org.evaltrack.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole document of a separate query side takes in the command side's paths, schemas and tags. */
class CommandSideDocumentTest {

    @Test
    void aPathBothSidesServeKeepsTheReadAndTheCommand() {
        OpenAPI whole = new OpenAPI().paths(new Paths().addPathItem("/api/assessments/{assessmentId}/evidence",
                new PathItem().get(new Operation().summary("list"))));
        OpenAPI commands = new OpenAPI().paths(new Paths()
                .addPathItem("/api/assessments/{assessmentId}/evidence", new PathItem().post(new Operation().summary("upload")))
                .addPathItem("/api/units", new PathItem().post(new Operation().summary("register"))));

        CommandSideDocument.merge(whole, commands);

        PathItem evidence = whole.getPaths().get("/api/assessments/{assessmentId}/evidence");
        assertThat(evidence.getGet().getSummary()).isEqualTo("list");
        assertThat(evidence.getPost().getSummary()).isEqualTo("upload");
        assertThat(whole.getPaths().get("/api/units").getPost().getSummary()).isEqualTo("register");
    }

    @Test
    void schemasTheQuerySideHasStayItsOwnAndTagsAreNotRepeated() {
        OpenAPI whole = new OpenAPI().components(new Components().addSchemas("Problem", new StringSchema().description("query")))
                .tags(new ArrayList<>(List.of(new Tag().name("评估 / Assessments"))));
        OpenAPI commands = new OpenAPI()
                .components(new Components().addSchemas("Problem", new StringSchema().description("command"))
                        .addSchemas("ClaimRequest", new StringSchema()))
                .tags(List.of(new Tag().name("评估 / Assessments"), new Tag().name("单位 / Units")));

        CommandSideDocument.merge(whole, commands);

        assertThat(whole.getComponents().getSchemas().get("Problem").getDescription()).isEqualTo("query");
        assertThat(whole.getComponents().getSchemas()).containsKey("ClaimRequest");
        assertThat(whole.getTags()).extracting(Tag::getName).containsExactly("评估 / Assessments", "单位 / Units");
    }
}

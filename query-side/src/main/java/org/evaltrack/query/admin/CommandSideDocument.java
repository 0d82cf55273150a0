package org.evaltrack.query.admin;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Where the command side runs in other processes (the docker topology), the whole document at
 * /v3/api-docs adds the command side's own document, fetched from it ({@code evaltrack.api-docs.command-side}),
 * so one document still describes the whole API behind nginx. A path both sides serve (reads and commands
 * on one resource) keeps the operations of both. Springdoc keeps the merged document once built; while the
 * command side cannot be reached the whole document is refused (500) rather than kept without its commands.
 */
final class CommandSideDocument implements OpenApiCustomizer {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final URI document;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

    CommandSideDocument(String commandSide) {
        this.document = URI.create(commandSide.replaceAll("/+$", "") + "/v3/api-docs");
    }

    @Override
    public void customise(OpenAPI whole) {
        merge(whole, fetch());
    }

    static void merge(OpenAPI whole, OpenAPI commands) {
        if (whole.getPaths() == null) {
            whole.setPaths(new Paths());
        }
        if (commands.getPaths() != null) {
            commands.getPaths().forEach((path, item) -> {
                PathItem existing = whole.getPaths().get(path);
                if (existing == null) {
                    whole.getPaths().addPathItem(path, item);
                } else {
                    item.readOperationsMap().forEach(existing::operation);
                }
            });
        }
        if (commands.getComponents() != null && commands.getComponents().getSchemas() != null) {
            if (whole.getComponents() == null) {
                whole.setComponents(new Components());
            }
            commands.getComponents().getSchemas().forEach((name, schema) -> {
                if (whole.getComponents().getSchemas() == null || !whole.getComponents().getSchemas().containsKey(name)) {
                    whole.getComponents().addSchemas(name, schema);
                }
            });
        }
        if (commands.getTags() != null) {
            if (whole.getTags() == null) {
                whole.setTags(new ArrayList<>());
            }
            commands.getTags().stream()
                    .filter(tag -> whole.getTags().stream().noneMatch(known -> known.getName().equals(tag.getName())))
                    .forEach(whole::addTagsItem);
        }
    }

    private OpenAPI fetch() {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(document).timeout(PATIENCE).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the command side's API document " + document + " answered " + answer.statusCode());
            }
            return Json.mapper().readValue(answer.body(), OpenAPI.class);
        } catch (IOException e) {
            throw new IllegalStateException("the command side's API document " + document + " could not be read: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

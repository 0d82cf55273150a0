package org.evaltrack.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Projection administration is the query side's, whatever the method; every other non-read under /api is a command. */
class CommandRequestsTest {

    @Test
    void aPostUnderApiIsACommand() {
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/assessments/a-1/adjustments"))).isTrue();
    }

    @Test
    void rebuildingProjectionsIsNoCommand() {
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/projections/rebuild"))).isFalse();
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/projections/read-models/dead-letters/retry"))).isFalse();
    }

    @Test
    void aPathThatOnlyStartsLikeProjectionsIsStillACommand() {
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/projectionsX"))).isTrue();
    }

    @Test
    void importsAreTheCommandSidesWhateverTheMethod() {
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("GET", "/api/imports/scheme-template.xlsx"))).isTrue();
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("GET", "/api/imports/assessments/a-1/claims-template.xlsx"))).isTrue();
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/imports/schemes"))).isTrue();
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("GET", "/api/schemes/s-1/ranking"))).isFalse();
    }

    @Test
    void aTemplateDownloadChangesNothingSoNeedsNoIdempotencyKey() {
        assertThat(CommandRequests.isStateChangingCommand(new MockHttpServletRequest("GET", "/api/imports/scheme-template.xlsx"))).isFalse();
        assertThat(CommandRequests.isStateChangingCommand(new MockHttpServletRequest("POST", "/api/imports/schemes"))).isTrue();
    }

    /** In the distributed topology nginx sends GETs to the query side; the imports' GETs must reach this side. */
    @Test
    void nginxSendsEveryImportRequestToTheCommandSide() throws IOException {
        String conf = Files.readString(Path.of("..", "docker", "nginx.conf"));

        assertThat(Pattern.compile("location\\s+/api/imports/\\s*\\{\\s*proxy_pass\\s+http://command_side;").matcher(conf).find())
                .as("docker/nginx.conf routes /api/imports/ to command_side").isTrue();
    }
}

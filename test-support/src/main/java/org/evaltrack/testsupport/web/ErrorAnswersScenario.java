package org.evaltrack.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.evaltrack.testsupport.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tomcat's own refusals answered alike by each side's own application, started through its real entry
 * point: problem+json under /api, a plain page elsewhere, never Tomcat's HTML report. Each side's test
 * names its entry point in {@link #start}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ErrorAnswersScenario {

    private ConfigurableApplicationContext context;
    private int port;

    @BeforeAll
    void startTheSide() {
        context = start("--server.port=0");
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Starts the side through its real entry point, as production does. */
    protected abstract ConfigurableApplicationContext start(String... args);

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aNulInAnApiPathIsAProblem() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/api/assessments/%00/claims", "Accept-Language: en");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"MALFORMED_REQUEST\"").contains("\"title\":\"Malformed request\"")
                .doesNotContain("Tomcat");
    }

    @Test
    void aTwentyKilobyteHeaderIsAProblem() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/api/units", "X-Filler: " + "a".repeat(20 * 1024));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"请求格式错误\"").doesNotContain("Tomcat");
    }

    @Test
    void anEncodedDotDotOutsideTheApiIsAPlainPage() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/%2e%2e/%2e%2e/etc/passwd");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("请求格式错误").doesNotContain("Tomcat").doesNotContain("Whitelabel");
    }
}

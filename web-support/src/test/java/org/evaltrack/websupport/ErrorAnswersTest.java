package org.evaltrack.websupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DateTimeException;

import org.evaltrack.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error answers on a bare application with nothing but web-support: what either side gets by
 * depending on it, over a real Tomcat on loopback.
 */
@SpringBootTest(classes = ErrorAnswersTest.Bare.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorAnswersTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/things/%00", "/api/things/a%00b/x", "/api/%2e%2e/%2e%2e/etc/passwd", "/api/things/..%2f..%2fsecret",
            "/api/things/%2e%2e%5c%2e%2e%5csecret"})
    void tomcatsOwnRefusalsUnderTheApiAreProblemJson(String target) throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, target, "Accept-Language: en");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"MALFORMED_REQUEST\"").contains("\"title\":\"Malformed request\"")
                .doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void aRequestLineTomcatCannotReadIsAProblemToo() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/api/things/\u0001x");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"请求格式错误\"").doesNotContain("Tomcat");
    }

    @Test
    void anOversizedHeaderUnderTheApiIsProblemJsonInChineseByDefault() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/api/things", "X-Filler: " + "a".repeat(20 * 1024));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"请求格式错误\"").doesNotContain("Tomcat");
    }

    @Test
    void tomcatsOwnRefusalOfAPageIsAPageInThePagesLanguage() throws IOException {
        RawHttp.Answer chinese = RawHttp.get(port, "/ledger%00");
        RawHttp.Answer english = RawHttp.get(port, "/ledger%00", "Cookie: " + ErrorTexts.PAGE_LANGUAGE_COOKIE + "=en");

        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.contentType()).startsWith("text/html");
        assertThat(chinese.body()).contains("<html lang=\"zh-CN\">").contains("请求格式错误").doesNotContain("Tomcat");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("Malformed request").doesNotContain("Tomcat");
    }

    @Test
    void anExceptionNoAdviceTookIsA500ProblemWithoutItsText() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/api/things/fail", "Accept-Language: en-GB,en;q=0.9");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"INTERNAL_ERROR\"").contains("\"title\":\"Internal error\"")
                .contains("\"instance\":\"/api/things/fail\"").doesNotContain("secret-detail").doesNotContain("DateTimeException")
                .doesNotContain("\"error\":").doesNotContain("\"path\":");
    }

    @Test
    void anUnknownApiAddressIsA404Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/api/no-such-thing");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"未找到\"");
    }

    @Test
    void aFailingPageIsAPageNotTheWhitelabelOne() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/page/fail", "Accept-Language: en");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("Internal error").doesNotContain("Whitelabel").doesNotContain("secret-detail");
    }

    @SpringBootApplication
    @Import(Failing.class)
    static class Bare {
    }

    @RestController
    static class Failing {

        @GetMapping("/api/things/fail")
        String failApi() {
            throw new DateTimeException("secret-detail");
        }

        @GetMapping("/page/fail")
        String failPage() {
            throw new IllegalStateException("secret-detail");
        }
    }
}

package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in throttling per account name over real HTTP on PostgreSQL (3 failures, 3 s lock here):
 * Basic on either side and the login form alike, one count shared by both sides, a 429
 * LOGIN_THROTTLED problem with Retry-After, noted in access_denial, and sign-in possible again once
 * the lock has passed. Each test uses its own account so the counts do not mix.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottlingOverHttpPostgresTest {

    static final String TOTALS = "/api/assessments/assessment-2019-dongshan/totals";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system;

    LoginThrottlingOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs, "--evaltrack.login-throttle.max-failures-per-account=3",
                "--evaltrack.login-throttle.max-failures-per-address=1000", "--evaltrack.login-throttle.window=PT1M",
                "--evaltrack.login-throttle.lock=PT3S");
    }

    @BeforeAll
    void start() {
        system.start();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void afterThreeWrongPasswordsEvenTheRightOneIsRefusedOnBothSidesUntilTheLockPasses() throws Exception {
        BrowserSession client = new BrowserSession(system.port());
        for (int i = 0; i < 3; i++) {
            assertThat(client.get(TOTALS, "Authorization", basic("reviewer", "wrong-" + i)).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> read = client.get(TOTALS, "Authorization", basic("reviewer", HttpApi.PASSWORD));
        HttpResponse<String> command = client.json("POST", "/api/assessments/assessment-2019-dongshan/adjustments",
                "{\"indicatorCode\":\"1.1.1\",\"newScore\":14,\"reason\":\"核减\"}",
                "Authorization", basic("reviewer", HttpApi.PASSWORD), "Accept-Language", "en");

        assertThrottled(read, "登录失败次数过多");
        assertThrottled(command, "Too many failed sign-ins");
        assertThat(system.bean(JdbcTemplate.class).queryForObject(
                "select count(*) from access_denial where code = 'LOGIN_THROTTLED'", Integer.class)).isGreaterThanOrEqualTo(2);
        // each wrong password and each throttled attempt is noted with the name tried, never the password
        assertThat(system.bean(JdbcTemplate.class).queryForObject("select count(*) from access_denial"
                + " where account_tried = 'reviewer' and code in ('UNAUTHENTICATED', 'LOGIN_THROTTLED')", Integer.class))
                .isGreaterThanOrEqualTo(5);
        assertThat(system.bean(JdbcTemplate.class).queryForObject("select count(*) from access_denial"
                + " where account_tried like '%wrong-%' or path like '%wrong-%'", Integer.class)).isZero();

        Thread.sleep(retryAfterMillis(read));
        assertThat(client.get(TOTALS, "Authorization", basic("reviewer", HttpApi.PASSWORD)).statusCode())
                .as("after the lock").isEqualTo(200);
    }

    @Test
    void theLoginFormIsThrottledTooAndSaysSoInThePage() throws Exception {
        BrowserSession browser = new BrowserSession(system.port());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> wrong = browser.signIn("office", "wrong-" + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        assertThat(system.bean(JdbcTemplate.class).queryForObject("select count(*) from access_denial"
                        + " where account_tried = 'office' and code = 'UNAUTHENTICATED' and method = 'POST' and user_id is null",
                Integer.class)).as("each wrong password of the form, with the name tried").isGreaterThanOrEqualTo(3);

        HttpResponse<String> locked = browser.signIn("office", HttpApi.PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.body()).contains("id=\"login-throttled\"").contains("登录失败次数过多");
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);

        Thread.sleep(retryAfterMillis(locked));
        HttpResponse<String> after = browser.signIn("office", HttpApi.PASSWORD);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessBeforeTheLimitStartsTheCountAgain() {
        BrowserSession client = new BrowserSession(system.port());
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2; i++) {
                assertThat(client.get(TOTALS, "Authorization", basic("changpuzi", "wrong")).statusCode()).isEqualTo(401);
            }
            assertThat(client.get("/api/ledgers/mine", "Authorization", basic("changpuzi", HttpApi.PASSWORD)).statusCode())
                    .isNotEqualTo(429);
        }
    }

    private static void assertThrottled(HttpResponse<String> answer, String title) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3L);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("code").asText()).isEqualTo("LOGIN_THROTTLED");
        assertThat(problem.path("type").asText()).isEqualTo("urn:evaltrack:error:LOGIN_THROTTLED");
        assertThat(problem.path("title").asText()).isEqualTo(title);
    }

    private static long retryAfterMillis(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 500;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

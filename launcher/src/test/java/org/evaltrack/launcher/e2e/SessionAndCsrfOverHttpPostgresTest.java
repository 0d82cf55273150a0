package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * The browser's session over real HTTP on PostgreSQL: signed in once on the login page, the same
 * session reads pages and the query API and sends commands, but a command it signs in needs the
 * page's CSRF token; Basic-authenticated scripts need none. Cookie attributes as sent.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionAndCsrfOverHttpPostgresTest {

    private static final String DONGSHAN = "/api/assessments/assessment-2019-dongshan";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system;

    SessionAndCsrfOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
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
    void signingInGivesAFreshHttpOnlySameSiteSessionCookie() {
        BrowserSession browser = new BrowserSession(system.port());
        browser.get("/login");
        String before = browser.cookie();

        HttpResponse<String> signedIn = browser.signIn("reviewer", HttpApi.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(before).as("the login page already has a session for its CSRF token").isNotNull();
        assertThat(browser.cookie()).as("a new session id at sign-in (fixation)").isNotEqualTo(before);
        assertThat(browser.sessionSetCookies()).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/")
                .doesNotContain("Secure").doesNotContain("Max-Age").doesNotContain("Expires"));
    }

    @Test
    void theSessionReadsPagesAndTheQueryApi() {
        BrowserSession browser = signedIn("reviewer");

        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> totals = browser.get(DONGSHAN + "/totals");
        assertThat(totals.statusCode()).as(totals.body()).isEqualTo(200);
    }

    @Test
    void aCommandSignedInByTheSessionWithoutTheTokenIsRefusedAndStoresNothing() throws Exception {
        BrowserSession browser = signedIn("reviewer");
        long events = eventCount();

        HttpResponse<String> refused = browser.json("POST", DONGSHAN + "/adjustments", adjustment(), "Accept-Language", "en");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("code").asText()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(problem.path("title").asText()).isEqualTo("Page expired");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(browser.json("POST", DONGSHAN + "/adjustments", adjustment(), "X-CSRF-TOKEN", "forged").statusCode())
                .as("a wrong token is no better").isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aCommandSignedInByTheSessionWithThePageTokenIsAccepted() {
        BrowserSession browser = signedIn("reviewer");
        long events = eventCount();

        HttpResponse<String> accepted = browser.json("POST", DONGSHAN + "/adjustments", adjustment(),
                "X-CSRF-TOKEN", browser.pageToken());

        assertThat(accepted.statusCode()).as(accepted.body()).isBetween(200, 201);
        assertThat(eventCount()).isEqualTo(events + 1);
    }

    @Test
    void basicAuthenticationNeedsNoToken() {
        HttpApi.Answer answer = system.http().post("reviewer", DONGSHAN + "/adjustments", adjustment());

        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
    }

    @Test
    void basicAuthenticationNeedsNoTokenEvenBesideASessionCookie() {
        BrowserSession browser = signedIn("dongshan");

        HttpResponse<String> answer = browser.json("POST", DONGSHAN + "/adjustments", adjustment(),
                "Authorization", "Basic " + Base64.getEncoder().encodeToString("reviewer:demo12345".getBytes()));

        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
    }

    @Test
    void anonymousCommandsAreStillAskedToSignIn() {
        HttpApi.Answer answer = system.http().post(null, DONGSHAN + "/adjustments", adjustment());

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSessionForTheApiToo() {
        BrowserSession browser = signedIn("reviewer");
        String cookie = browser.cookie();
        String token = browser.pageToken();

        HttpResponse<String> out = browser.form("/logout", "_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(out.statusCode()).isEqualTo(302);

        browser.useCookie(cookie);
        assertThat(browser.get(DONGSHAN + "/totals").statusCode()).isEqualTo(401);
        assertThat(browser.get("/").statusCode()).as("pages send the reader to the login").isEqualTo(302);
    }

    @Test
    void aSessionIsStoredInTheSharedDatabaseWithTheAccountNameOnly() {
        signedIn("office");

        assertThat(system.bean(JdbcTemplate.class).queryForList(
                "select principal_name from spring_session where principal_name is not null", String.class)).contains("office");
    }

    private BrowserSession signedIn(String account) {
        BrowserSession browser = new BrowserSession(system.port());
        assertThat(browser.signIn(account, HttpApi.PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    private static String adjustment() {
        return """
                {"indicatorCode":"1.1.1","newScore":14,"reason":"筛查台账缺两户"}""";
    }

    private long eventCount() {
        return system.bean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}

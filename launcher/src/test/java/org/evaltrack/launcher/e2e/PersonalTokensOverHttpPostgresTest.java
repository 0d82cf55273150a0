package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.websupport.signin.SignInCache;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal access tokens over real HTTP on PostgreSQL: created once (secret shown once, stored as
 * SHA-256 only), listed, revoked; {@code Authorization: Bearer} signs in on both sides with the
 * account's own role and unit; expired and revoked tokens are 401; the secret is in no log and no event.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class PersonalTokensOverHttpPostgresTest {

    private static final String DONGSHAN = "/api/assessments/assessment-2019-dongshan";
    private static final String CHANGPUZI_LEDGER = "/api/units/unit-changpuzi/ledger";

    private final RunningSystem system;
    private HttpApi api;

    PersonalTokensOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        api = system.start().http();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void aTokenIsShownOnceStoredAsItsHashAndSignsInOnBothSides(CapturedOutput output) throws Exception {
        long events = eventCount();

        HttpApi.Answer created = api.post("reviewer", "/api/tokens", request("nightly export", Instant.now().plus(30, ChronoUnit.DAYS)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.json().path("token").asText();
        String id = created.json().path("id").asText();
        assertThat(token).startsWith("evt_").hasSizeGreaterThan(40);
        assertThat(eventCount()).as("a token is not an event").isEqualTo(events);
        JdbcTemplate jdbc = system.bean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select token_hash from personal_token where token_id = ?", String.class, id))
                .isEqualTo(sha256(token));
        assertThat(jdbc.queryForObject("select count(*) from personal_token where token_hash = ? or name = ? or token_id = ?",
                Integer.class, token, token, token)).isZero();

        HttpApi.Answer listed = bearer("GET", "/api/tokens", token, null);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode mine = listed.json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("name").asText()).isEqualTo("nightly export");
        assertThat(mine.get(0).path("active").asBoolean()).isTrue();
        assertThat(listed.body()).doesNotContain(token).doesNotContain(sha256(token));

        HttpApi.Answer command = bearer("POST", DONGSHAN + "/adjustments", token,
                "{\"indicatorCode\":\"1.1.1\",\"newScore\":14,\"reason\":\"脚本核减\"}");
        assertThat(command.status()).as(command.toString()).isBetween(200, 201);
        assertThat(eventCount()).isEqualTo(events + 1);

        assertThat(output.getAll()).doesNotContain(token);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where convert_from(meta_data, 'UTF8') like ?"
                        + " or convert_from(payload, 'UTF8') like ?",
                Integer.class, "%" + token.substring(4) + "%", "%" + token.substring(4) + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where convert_from(meta_data, 'UTF8') like ?",
                Integer.class, "%reviewer%")).as("the check above reads text").isPositive();
    }

    @Test
    void aTokenCarriesTheAccountsRoleAndUnit() {
        String token = create("dongshan", "own unit only");

        assertThat(bearer("GET", DONGSHAN + "/totals", token, null).status()).isEqualTo(200);
        HttpApi.Answer otherUnit = bearer("GET", CHANGPUZI_LEDGER, token, null);
        assertThat(otherUnit.status()).isEqualTo(403);
        HttpApi.Answer reviewOnly = bearer("POST", DONGSHAN + "/adjustments", token,
                "{\"indicatorCode\":\"1.1.1\",\"newScore\":14,\"reason\":\"越权\"}");
        assertThat(reviewOnly.status()).as(reviewOnly.toString()).isEqualTo(403);
    }

    @Test
    void aRevokedTokenNoLongerSignsIn() {
        String token = create("office", "to revoke");
        String id = idOf("office", "to revoke");

        assertThat(bearer("GET", "/api/tokens", token, null).status()).isEqualTo(200);
        assertThat(api.raw("DELETE", "reviewer", "/api/tokens/" + id, null, null).status())
                .as("another account's token is not found").isEqualTo(404);
        assertThat(bearer("DELETE", "/api/tokens/" + id, token, null).status()).isEqualTo(204);

        HttpApi.Answer after = bearer("GET", "/api/tokens", token, null);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(bearer("POST", DONGSHAN + "/adjustments", token, "{}").status()).isEqualTo(401);
        assertThat(api.get("office", "/api/tokens").json().get(0).path("active").asBoolean()).isFalse();
    }

    @Test
    void anExpiredTokenNoLongerSignsIn() {
        String token = create("reviewer", "short-lived");
        system.bean(JdbcTemplate.class).update("update personal_token set expires_at = ? where token_hash = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), sha256(token));

        assertThat(bearer("GET", DONGSHAN + "/totals", token, null).status()).isEqualTo(401);
        assertThat(bearer("POST", DONGSHAN + "/adjustments", token, "{}").status()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIs401AndTheExpiryMustLieAheadWithinAYear() {
        assertThat(bearer("GET", DONGSHAN + "/totals", "evt_not-a-real-token", null).status()).isEqualTo(401);

        assertThat(api.post("reviewer", "/api/tokens", request("past", Instant.now().minus(1, ChronoUnit.DAYS))).status()).isEqualTo(400);
        assertThat(api.post("reviewer", "/api/tokens", request("for ever", Instant.now().plus(400, ChronoUnit.DAYS))).status())
                .isEqualTo(400);
        assertThat(api.post(null, "/api/tokens", request("anonymous", Instant.now().plus(1, ChronoUnit.DAYS))).status())
                .isEqualTo(401);
    }

    @Test
    void aTokenCannotMakeATokenAndItsBodyIsNotRead() {
        String token = create("hedingchao", "script");
        long tokens = tokensOf("hedingchao");

        HttpApi.Answer minted = api.raw("POST", null, "/api/tokens", "application/json",
                request("longer-lived", Instant.now().plus(365, ChronoUnit.DAYS)).getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + token, "Accept-Language", "zh-CN");
        HttpApi.Answer malformed = api.raw("POST", null, "/api/tokens", "application/json",
                "{\"expiresAt\": [[[".getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token, "Accept-Language", "en");

        assertThat(minted.status()).as(minted.toString()).isEqualTo(403);
        assertThat(minted.contentType()).startsWith("application/problem+json");
        assertThat(minted.json().path("code").asText()).isEqualTo("TOKEN_NEEDS_PASSWORD");
        assertThat(minted.json().path("detail").asText()).contains("用户名和密码");
        assertThat(malformed.status()).as("refused before the body is read").isEqualTo(403);
        assertThat(malformed.json().path("detail").asText()).contains("user name and password");
        assertThat(tokensOf("hedingchao")).isEqualTo(tokens);
        assertThat(system.bean(JdbcTemplate.class).queryForObject(
                "select count(*) from access_denial where path = '/api/tokens' and code = 'TOKEN_NEEDS_PASSWORD'", Integer.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aBrowserSessionMayMakeAToken() {
        BrowserSession browser = new BrowserSession(system.port());
        assertThat(browser.signIn("tangmiaohua", HttpApi.PASSWORD).statusCode()).isEqualTo(302);

        java.net.http.HttpResponse<String> created = browser.json("POST", "/api/tokens",
                request("from the page", Instant.now().plus(7, ChronoUnit.DAYS)), "X-CSRF-TOKEN", browser.pageToken());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(tokensOf("tangmiaohua")).isEqualTo(1);
    }

    @Test
    void revokingAllOfAnAccountsTokensRevokesEveryOne() {
        String first = create("houhuaiqiang", "first");
        String second = create("houhuaiqiang", "second");

        HttpApi.Answer revoked = bearer("DELETE", "/api/tokens", first, null);

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().path("revoked").asInt()).isEqualTo(2);
        assertThat(bearer("GET", "/api/tokens", first, null).status()).isEqualTo(401);
        assertThat(bearer("GET", "/api/tokens", second, null).status()).isEqualTo(401);
        assertThat(bearer("PUT", DONGSHAN + "/claims/1.1.1", second, "{\"claimedScore\":1}").status()).isEqualTo(401);
        assertThat(api.get("houhuaiqiang", "/api/tokens").json()).allSatisfy(token ->
                assertThat(token.path("active").asBoolean()).isFalse());
    }

    @Test
    void theOfficeRevokesEveryTokenOfAnotherAccountAndNobodyElseMay() {
        String token = create("limaoqun", "leaked");
        String userId = userIdOf("limaoqun");

        assertThat(api.raw("DELETE", "reviewer", "/api/tokens?userId=" + userId, null, null).status()).isEqualTo(403);
        assertThat(bearer("GET", "/api/tokens", token, null).status()).isEqualTo(200);

        HttpApi.Answer revoked = api.raw("DELETE", "office", "/api/tokens?userId=" + userId, null, null);

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().path("revoked").asInt()).isEqualTo(1);
        assertThat(bearer("GET", "/api/tokens", token, null).status()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountsTokensStopWorkingOnBothSides() {
        String token = create("yuanyongxin", "until disabled");
        JdbcTemplate jdbc = system.bean(JdbcTemplate.class);
        assertThat(bearer("GET", "/api/tokens", token, null).status()).isEqualTo(200);
        // an account changed in the database, not through the application: each side sees it within the
        // sign-in cache's bound (docs/sign-in.md, "Sign-in caching"), not later
        Duration bound = system.bean(SignInCache.class).bound().plusSeconds(1);

        jdbc.update("update account set enabled = false where username = 'yuanyongxin'");
        try {
            await().atMost(bound).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                assertThat(bearer("GET", "/api/tokens", token, null).status()).as("query side").isEqualTo(401);
                assertThat(bearer("POST", "/api/tokens", token, request("x", Instant.now().plus(1, ChronoUnit.DAYS))).status())
                        .as("command side").isEqualTo(401);
                assertThat(bearer("DELETE", "/api/tokens", token, null).status()).as("command side").isEqualTo(401);
            });
        } finally {
            jdbc.update("update account set enabled = true where username = 'yuanyongxin'");
        }
    }

    private long tokensOf(String account) {
        return system.bean(JdbcTemplate.class).queryForObject(
                "select count(*) from personal_token t join account a on a.user_id = t.user_id where a.username = ?",
                Long.class, account);
    }

    private String userIdOf(String account) {
        return system.bean(JdbcTemplate.class).queryForObject("select user_id from account where username = ?",
                String.class, account);
    }

    private String create(String account, String name) {
        HttpApi.Answer created = api.post(account, "/api/tokens", request(name, Instant.now().plus(7, ChronoUnit.DAYS)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("token").asText();
    }

    private String idOf(String account, String name) {
        for (JsonNode token : api.get(account, "/api/tokens").json()) {
            if (token.path("name").asText().equals(name)) {
                return token.path("id").asText();
            }
        }
        throw new AssertionError("no token " + name);
    }

    private HttpApi.Answer bearer(String method, String path, String token, String json) {
        return api.raw(method, null, path, json == null ? null : "application/json",
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);
    }

    private static String request(String name, Instant expiresAt) {
        return "{\"name\":\"" + name + "\",\"expiresAt\":\"" + expiresAt.truncatedTo(ChronoUnit.SECONDS) + "\"}";
    }

    private static String sha256(String token) throws RuntimeException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long eventCount() {
        return system.bean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}

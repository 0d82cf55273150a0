package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A reviewer does not review their own unit, and every refusal, of either side, is kept for the office
 * to read: over real HTTP on the demo case, on PostgreSQL.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessDenialsOverHttpPostgresTest {

    private static final String DONGSHAN_ID = "assessment-2019-dongshan";
    private static final String DONGSHAN = "/api/assessments/" + DONGSHAN_ID;
    private static final String OWN_UNIT_REVIEWER = "reviewer-dongshan";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final RunningSystem system;
    private HttpApi api;

    AccessDenialsOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
        this.system = new RunningSystem(database, Files.createTempDirectory("evaltrack-blobs"));
    }

    @BeforeAll
    void start() {
        api = system.start().http();
        HttpApi.Answer created = api.post("office", "/api/accounts", """
                {"username": "%s", "password": "%s", "displayName": "东山乡籍审核员", "role": "REVIEWER", "unitId": "unit-dongshan"}"""
                .formatted(OWN_UNIT_REVIEWER, HttpApi.PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotAdjustAndNothingIsStored() {
        int before = events();

        HttpApi.Answer answer = api.post(OWN_UNIT_REVIEWER, DONGSHAN + "/adjustments", """
                {"indicatorCode": "1.1.1", "newScore": 14, "reason": "本单位自审"}""");

        assertProblem(answer, 403, "OWN_UNIT_REVIEW");
        assertThat(answer.json().path("title").asText()).isEqualTo("本单位回避");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotFinalizeAndNothingIsStored() {
        int before = events();

        HttpApi.Answer answer = api.post(OWN_UNIT_REVIEWER, DONGSHAN + "/finalization", null, "Accept-Language", "en");

        assertProblem(answer, 403, "OWN_UNIT_REVIEW");
        assertThat(answer.json().path("title").asText()).isEqualTo("Own unit");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void ownUnitRefusalIsListedUnderTheReviewer() {
        Instant since = Instant.now().minusSeconds(1);
        api.post(OWN_UNIT_REVIEWER, DONGSHAN + "/vetoes", """
                {"conditionCode": "V1", "reason": "本单位自审"}""");

        assertThat(denials(since, OWN_UNIT_REVIEWER))
                .anyMatch(row -> row.path("code").asText().equals("OWN_UNIT_REVIEW")
                        && row.path("role").asText().equals("REVIEWER")
                        && row.path("method").asText().equals("POST")
                        && row.path("path").asText().equals(DONGSHAN + "/vetoes")
                        && row.path("username").asText().equals(OWN_UNIT_REVIEWER));
    }

    @Test
    void submittersRefusalOnAnotherUnitIsListedForTheOffice() {
        Instant since = Instant.now().minusSeconds(1);
        HttpApi.Answer refused = api.put("changpuzi", DONGSHAN + "/claims/1.1.1", """
                {"claimedScore": 15, "narrative": "代为申报"}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);

        assertThat(denials(since, "changpuzi"))
                .anyMatch(row -> row.path("code").asText().equals("OTHER_UNIT")
                        && row.path("role").asText().equals("SUBMITTER")
                        && row.path("method").asText().equals("PUT")
                        && row.path("path").asText().equals(DONGSHAN + "/claims/1.1.1")
                        && !row.path("userId").asText().isBlank()
                        && !row.path("occurredAt").asText().isBlank()
                        && !row.path("remoteAddress").asText().isBlank());
    }

    @Test
    void anonymousReadIsListedWithoutAUser() {
        Instant since = Instant.now().minusSeconds(1);
        String path = "/api/schemes/scheme-2019-suining/scorecards";
        assertThat(api.get(null, path).status()).isEqualTo(401);

        assertThat(denials(since, null))
                .anyMatch(row -> row.path("code").asText().equals("UNAUTHENTICATED")
                        && row.path("role").asText().equals("ANONYMOUS")
                        && row.path("userId").isNull()
                        && row.path("method").asText().equals("GET")
                        && row.path("path").asText().equals(path));
    }

    @Test
    void anonymousCommandIsListedWithoutAUser() {
        Instant since = Instant.now().minusSeconds(1);
        HttpApi.Answer refused = api.post(null, DONGSHAN + "/finalization", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);

        assertThat(denials(since, null))
                .anyMatch(row -> row.path("code").asText().equals("UNAUTHENTICATED")
                        && row.path("userId").isNull()
                        && row.path("method").asText().equals("POST")
                        && row.path("path").asText().equals(DONGSHAN + "/finalization"));
    }

    @Test
    void reviewerMayNotListTheDenials() {
        HttpApi.Answer answer = api.get("reviewer", "/api/access-denials");

        assertProblem(answer, 403, "FORBIDDEN");
    }

    @Test
    void submitterMayNotListTheDenials() {
        assertProblem(api.get("dongshan", "/api/access-denials"), 403, "FORBIDDEN");
    }

    @Test
    void denialsBeforeTheWindowAreLeftOut() {
        api.get(null, "/api/schemes/scheme-2019-suining/scorecards");
        Instant later = Instant.now().plusSeconds(3600);

        HttpApi.Answer answer = api.get("office", "/api/access-denials?from=" + later);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("total").asLong()).isZero();
        assertThat(answer.json().path("items")).isEmpty();
    }

    @Test
    void malformedWindowIsRefusedAsProblem() {
        assertProblem(api.get("office", "/api/access-denials?from=yesterday"), 400, "MALFORMED_REQUEST");
    }

    private List<JsonNode> denials(Instant since, String user) {
        String query = "/api/access-denials?size=500&from=" + since + (user == null ? "" : "&user=" + user);
        HttpApi.Answer answer = api.get("office", query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        answer.json().path("items").forEach(rows::add);
        return rows;
    }

    private static void assertProblem(HttpApi.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM_JSON);
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
    }

    private int events() {
        return system.events(DONGSHAN_ID).size();
    }
}

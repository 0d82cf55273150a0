package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The claims deadline over HTTP on PostgreSQL, as the security probe met it: three days after it, a
 * bonus claim is refused like a score claim (409 CLAIMS_DEADLINE_PASSED, nothing stored); once the
 * office moves the deadline ahead again, both are taken.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsDeadlineOverHttpPostgresTest {

    private static final String SCHEME = "scheme-2019-suining";
    private static final String BONUS = """
            {"level": "MUNICIPAL_COMMENDATION", "title": "市级先进单位", "source": "邵阳市人民政府", "awardedOn": "2019-12-20"}""";
    private static final String SCORE = "{\"claimedScore\": 3, \"narrative\": \"截止后补报\"}";

    private final RunningSystem system;
    private HttpApi api;
    private String assessmentId;
    private String assessment;

    ClaimsDeadlineOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
        this.system = new RunningSystem(database, Files.createTempDirectory("evaltrack-blobs"));
    }

    @BeforeAll
    void start() {
        api = system.start().http();
        // the demo townships have submitted (claims locked); a fresh assessment, claimed for by the office
        HttpApi.Answer unit = api.post("office", "/api/units", """
                {"name": "截止测试乡", "kind": "TOWNSHIP"}""");
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        HttpApi.Answer opened = api.post("office", "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(SCHEME, unit.id()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assessmentId = opened.id();
        assessment = "/api/assessments/" + assessmentId;
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void threeDaysAfterTheClaimsDeadlineBonusAndScoreClaimsAreRefusedAndAfterAnExtensionTaken() {
        Instant now = Instant.now();
        reviseDeadlines(now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(90)), "申报截止");
        int events = system.events(assessmentId).size();

        HttpApi.Answer bonus = api.post("office", assessment + "/bonus-claims", BONUS);
        HttpApi.Answer score = api.put("office", assessment + "/claims/1.1.1", SCORE);

        assertRefusedAfterTheDeadline(bonus);
        assertRefusedAfterTheDeadline(score);
        assertThat(system.events(assessmentId)).as("nothing stored").hasSize(events);

        reviseDeadlines(now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(45)), now.plus(Duration.ofDays(90)), "延长申报期");
        HttpApi.Answer taken = api.post("office", assessment + "/bonus-claims", BONUS);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        HttpApi.Answer claimed = api.put("office", assessment + "/claims/1.1.1", SCORE);
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
    }

    private static void assertRefusedAfterTheDeadline(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asText()).as(answer.toString()).isEqualTo("CLAIMS_DEADLINE_PASSED");
    }

    private void reviseDeadlines(Instant claimsDue, Instant evidenceDue, Instant reviewDue, String reason) {
        HttpApi.Answer revised = api.post("office", "/api/schemes/" + SCHEME + "/deadline-revisions", """
                {"deadlines": {"claimsDue": "%s", "evidenceDue": "%s", "reviewDue": "%s"}, "reason": "%s"}"""
                .formatted(claimsDue, evidenceDue, reviewDue, reason));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    }
}

package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every claim of an assessment in one JSON request over HTTP on PostgreSQL: a good batch is stored whole
 * and answers what it stored, with warnings for units nobody can convert; a batch with bad rows lists
 * every row's problem in both languages and stores nothing.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsBatchOverHttpPostgresTest {

    private static final String DEMO_SCHEME = "scheme-2019-suining";

    private final RunningSystem system;
    private HttpApi api;

    ClaimsBatchOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
        this.system = new RunningSystem(database, Files.createTempDirectory("evaltrack-blobs"));
    }

    @BeforeAll
    void start() {
        api = system.start().http();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    /** A new township with its own submitter and an open assessment under the demo's scheme. */
    private String[] newAssessment() {
        String unitId = api.post("office", "/api/units", """
                {"name": "批量申报测试乡", "kind": "TOWNSHIP"}""").id();
        String username = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Answer account = api.post("office", "/api/accounts", """
                {"username": "%s", "password": "%s", "displayName": "批量测试", "role": "SUBMITTER", "unitId": "%s"}"""
                .formatted(username, HttpApi.PASSWORD, unitId));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        HttpApi.Answer opened = api.post("office", "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(DEMO_SCHEME, unitId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return new String[] {opened.id(), username};
    }

    @Test
    void aGoodBatchIsStoredWholeAndWarnsOfAUnitNobodyCanConvert() {
        String[] assessment = newAssessment();
        String path = "/api/assessments/" + assessment[0] + "/claims:batch";

        HttpApi.Answer stored = api.post(assessment[1], path, """
                {"claims": [
                   {"indicatorCode": "1.1.1", "claimedScore": 14.5, "narrative": "脱贫 30 户"},
                   {"indicatorCode": "2.1.1", "claimedScore": 4, "reportedFigures": [
                      {"name": "固定资产投资", "value": 1.79, "unit": "亿"},
                      {"name": "调研报告", "value": 3, "unit": "篇"}]},
                   {"indicatorCode": "2.1.2", "claimedScore": -1}],
                 "bonusClaims": [
                   {"level": "CENTRAL_MEDIA", "title": "《批量测试乡：一项报道》", "source": "人民网"},
                   {"level": "CENTRAL_MEDIA", "title": "批量测试乡 一项报道", "awardedOn": "2019-11-20"}]}""");

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        JsonNode answer = stored.json();
        assertThat(answer.path("id").asText()).isEqualTo(assessment[0]);
        assertThat(answer.path("changed").path("claims").asInt()).isEqualTo(3);
        assertThat(answer.path("changed").path("figures").asInt()).isEqualTo(2);
        assertThat(answer.path("changed").path("bonusClaims").asInt()).isEqualTo(2);
        JsonNode rows = answer.path("changed").path("rows");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).path("list").asText()).isEqualTo("claims");
        assertThat(rows.get(3).path("duplicate").asBoolean()).isFalse();
        assertThat(rows.get(4).path("duplicate").asBoolean()).isTrue();
        assertThat(rows.get(4).path("duplicateOf").path("bonusClaimId").asText()).isEqualTo(rows.get(3).path("bonusClaimId").asText());
        assertThat(rows.get(4).path("duplicateOf").path("title").asText()).isEqualTo("《批量测试乡：一项报道》");
        // 亿 is the clerks' shorthand and reads; 篇 does not, and the clerk hears of it now
        assertThat(answer.path("warnings")).hasSize(1);
        JsonNode warning = answer.path("warnings").get(0);
        assertThat(warning.path("code").asText()).isEqualTo("UNKNOWN_FIGURE_UNIT");
        assertThat(warning.path("about").path("indicator").asText()).isEqualTo("2.1.1");
        assertThat(warning.path("about").path("unit").asText()).isEqualTo("篇");
        assertThat(warning.path("message").path("zh").asText()).containsPattern("\\p{IsHan}");
        assertThat(warning.path("message").path("en").asText()).contains("unit");

        List<Object> payloads = system.events(assessment[0]).stream().skip(1).map(e -> (Object) e.getPayload()).toList();
        assertThat(payloads).hasSize(5);
        assertThat(payloads.subList(0, 3)).allMatch(ScoreClaimed.class::isInstance);
        assertThat(((BonusClaimed) payloads.get(3)).awardedOn()).as("no date given, none recorded").isNull();
        assertThat(((BonusClaimed) payloads.get(4)).duplicateOf()).isEqualTo(((BonusClaimed) payloads.get(3)).bonusClaimId());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpApi.Answer totals = api.get("reviewer", "/api/assessments/" + assessment[0] + "/totals");
            return totals.status() == 200
                    && totals.json().path("claimedBase").decimalValue().compareTo(new BigDecimal("17.50")) == 0;
        });
    }

    @Test
    void aBatchWithTwoBadRowsListsBothInBothLanguagesAndStoresNothing() {
        String[] assessment = newAssessment();
        long before = storedEvents();

        HttpApi.Answer refused = api.post(assessment[1], "/api/assessments/" + assessment[0] + "/claims:batch", """
                {"claims": [
                   {"indicatorCode": "1.1.1", "claimedScore": 14.5},
                   {"indicatorCode": "1.1.2", "claimedScore": 9},
                   {"indicatorCode": "9.9.9", "claimedScore": 1}],
                 "bonusClaims": [{"level": "CENTRAL_MEDIA", "title": "一项报道"}]}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonNode problem = refused.json();
        assertThat(problem.path("code").asText()).isEqualTo("BATCH_INVALID");
        assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
        JsonNode problems = problem.path("problems");
        assertThat(problems).hasSize(2);
        JsonNode range = problems.get(0);
        assertThat(range.path("list").asText()).isEqualTo("claims");
        assertThat(range.path("row").asInt()).isEqualTo(2);
        assertThat(range.path("field").asText()).isEqualTo("claimedScore");
        assertThat(range.path("indicator").asText()).isEqualTo("1.1.2");
        assertThat(range.path("code").asText()).isEqualTo("SCORE_OUT_OF_RANGE");
        assertThat(range.path("value").asText()).startsWith("9.00");
        assertThat(range.path("allowed").asText()).isEqualTo("0.00 ~ 5.00");
        assertThat(range.path("message").path("zh").asText()).containsPattern("\\p{IsHan}");
        assertThat(range.path("message").path("en").asText()).contains("range");
        assertThat(range.has("sheet")).as("a JSON row has no sheet or cell").isFalse();
        JsonNode unknown = problems.get(1);
        assertThat(unknown.path("row").asInt()).isEqualTo(3);
        assertThat(unknown.path("indicator").asText()).isEqualTo("9.9.9");
        assertThat(unknown.path("code").asText()).isEqualTo("UNKNOWN_INDICATOR");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(system.events(assessment[0])).hasSize(1);
    }

    @Test
    void aSingleClaimWarnsOfAnUnknownUnitAndReadsAFigureWrittenInOneGo() {
        String[] assessment = newAssessment();

        HttpApi.Answer claimed = api.put(assessment[1], "/api/assessments/" + assessment[0] + "/claims/2.1.1", """
                {"claimedScore": 4, "reportedFigures": [{"name": "固定资产投资", "written": "17168万"},
                                                        {"name": "培训", "value": 12, "unit": "期次"}]}""");

        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().path("id").asText()).isEqualTo(assessment[0]);
        assertThat(claimed.json().path("warnings")).hasSize(1);
        assertThat(claimed.json().path("warnings").get(0).path("about").path("unit").asText()).isEqualTo("期次");
        ScoreClaimed event = (ScoreClaimed) system.events(assessment[0]).get(1).getPayload();
        assertThat(event.reportedFigures().get(0).value()).isEqualByComparingTo("17168");
        assertThat(event.reportedFigures().get(0).unit()).isEqualTo("万");
    }

    @Test
    void anotherUnitsSubmitterMayNotSendTheBatch() {
        String[] assessment = newAssessment();

        HttpApi.Answer refused = api.post("dongshan", "/api/assessments/" + assessment[0] + "/claims:batch", """
                {"claims": [{"indicatorCode": "1.1.1", "claimedScore": 1}]}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(system.events(assessment[0])).hasSize(1);
    }

    private long storedEvents() {
        try (Connection connection = system.bean(DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from domain_event_entry")) {
            count.next();
            return count.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

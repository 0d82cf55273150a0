package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read side over HTTP on PostgreSQL, on the reference case: what a reviewer and a leader see
 * before the review, then a leader closes a task by uploading its evidence and a reviewer adjusts
 * 精准脱贫 with a reason; totals, trail, ledger and the as-of answers must tell that story.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadSideOverHttpPostgresTest {

    private static final String ASSESSMENT = "/api/assessments/assessment-2019-dongshan";
    private static final String RANKING = "/api/schemes/scheme-2019-suining/ranking";
    private static final String LEADER = "tangmiaohua";
    private static final String LEADERS_TASK = "task-ds-04";

    private final RunningSystem system;
    private HttpApi api;
    private Instant beforeReview;
    private JsonNode totalsBeforeReview;
    private JsonNode ledgerBeforeCloseOut;
    private JsonNode discrepancies;
    private JsonNode totalsAfterReview;
    private JsonNode ledgerAfterCloseOut;

    ReadSideOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void runTheStory() throws InterruptedException {
        api = system.start().http();
        totalsBeforeReview = awaitJson("reviewer", ASSESSMENT + "/totals",
                totals -> totals.path("status").asText().equals("SUBMITTED")
                        && totals.path("claimedBonus").decimalValue().signum() > 0);
        ledgerBeforeCloseOut = awaitJson(LEADER, "/api/ledgers/mine", ledger -> task(ledger, LEADERS_TASK) != null);
        discrepancies = awaitJson("reviewer", ASSESSMENT + "/discrepancies",
                found -> found.path("discrepancies").size() > 0);
        Thread.sleep(50); // the instant between what the system knew before the review and after it
        beforeReview = Instant.now();
        Thread.sleep(50);

        HttpApi.Answer upload = api.upload(LEADER, ASSESSMENT + "/tasks/" + LEADERS_TASK + "/evidence",
                "巡察整改验收.pdf", "application/pdf", "巡察问题整改验收材料".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        HttpApi.Answer adjustment = api.post("reviewer", ASSESSMENT + "/adjustments",
                "{\"indicatorCode\":\"1.1.1\",\"newScore\":14,\"reason\":\"筛查台账缺两户\"}");
        assertThat(adjustment.status()).as(adjustment.toString()).isEqualTo(200);

        totalsAfterReview = awaitJson("reviewer", ASSESSMENT + "/totals",
                totals -> totals.path("base").decimalValue().compareTo(totalsBeforeReview.path("base").decimalValue()) != 0);
        ledgerAfterCloseOut = awaitJson(LEADER, "/api/ledgers/mine",
                ledger -> task(ledger, LEADERS_TASK).path("closed").asBoolean());
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void totalsBeforeTheReviewAreWhatTheAcceptedClaimsAddUpTo() {
        assertThat(totalsBeforeReview.path("base").decimalValue()).isEqualByComparingTo("92.00");
        assertThat(totalsBeforeReview.path("claimedBonus").decimalValue()).isEqualByComparingTo("5.60");
        assertThat(totalsBeforeReview.path("declared").path("total").decimalValue()).isEqualByComparingTo("105.30");
    }

    @Test
    void theAdjustmentChangesTheBaseByItsDifference() {
        assertThat(totalsAfterReview.path("base").decimalValue()).isEqualByComparingTo("91.00");
    }

    @Test
    void theTrailOfTheAdjustedIndicatorSaysWhoChangedItWhenAndWhy() {
        JsonNode rows = get("reviewer", ASSESSMENT + "/trail?indicator=1.1.1&order=oldest").path("rows");

        JsonNode adjustment = StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.path("kind").asText().equals("REVIEW_ADJUSTMENT"))
                .findFirst().orElseThrow(() -> new AssertionError("no adjustment in " + rows));
        assertThat(rows.get(0).path("kind").asText()).isEqualTo("SCORE_CLAIMED");
        assertThat(adjustment.path("scoreBefore").decimalValue()).isEqualByComparingTo("15");
        assertThat(adjustment.path("scoreAfter").decimalValue()).isEqualByComparingTo("14");
        assertThat(adjustment.path("reason").asText()).isEqualTo("筛查台账缺两户");
        assertThat(adjustment.path("actor").path("userId").asText()).isEqualTo("user-reviewer-01");
        assertThat(adjustment.path("actor").path("role").asText()).isEqualTo("REVIEWER");
        assertThat(Instant.parse(adjustment.path("occurredAt").asText())).isAfter(beforeReview);
    }

    @Test
    void theLeadersTaskIsOpenBeforeItsEvidenceArrivesAndClosedAfter() {
        assertThat(task(ledgerBeforeCloseOut, LEADERS_TASK).path("closed").asBoolean()).isFalse();
        JsonNode closed = task(ledgerAfterCloseOut, LEADERS_TASK);
        assertThat(closed.path("closed").asBoolean()).isTrue();
        assertThat(closed.path("closedBy").path("fileName").asText()).isEqualTo("巡察整改验收.pdf");
        assertThat(ledgerAfterCloseOut.path("counts").path("closed").asInt())
                .isEqualTo(ledgerBeforeCloseOut.path("counts").path("closed").asInt() + 1);
    }

    @Test
    void aLeaderSeesOnlyTheirOwnTasks() {
        assertThat(ledgerBeforeCloseOut.path("tasks")).allSatisfy(task ->
                assertThat(task.path("leaderId").asText()).isEqualTo("user-leader-01"));
    }

    @Test
    void theDiscrepancyListShowsEveryKindTheReferenceReportHas() {
        List<String> kinds = StreamSupport.stream(discrepancies.path("discrepancies").spliterator(), false)
                .map(d -> d.path("kind").asText()).toList();
        List<String> schemeKinds = StreamSupport.stream(discrepancies.path("schemeDiscrepancies").spliterator(), false)
                .map(d -> d.path("kind").asText()).toList();

        assertThat(kinds).contains("DECLARED_BASE_MISMATCH", "DECLARED_BONUS_NOT_CLAIMED_SUM",
                "DECLARED_TOTAL_MISMATCH", "DUPLICATE_BONUS_CLAIM", "MISSING_CLAIM", "CONFLICTING_FIGURE");
        assertThat(kinds.stream().filter("MISSING_CLAIM"::equals)).hasSize(3);
        assertThat(schemeKinds).contains("ASSUMED_VALUE");
    }

    @Test
    void totalsAsOfBeforeTheReviewAnswerWhatTheSystemKnewThen() {
        JsonNode then = get("reviewer", ASSESSMENT + "/totals?asOf=" + beforeReview);

        assertThat(then.path("base").decimalValue()).isEqualByComparingTo("92.00");
    }

    @Test
    void theRankingAsOfBeforeTheReviewUsesTheOldTotal() {
        JsonNode then = get("reviewer", RANKING + "?asOf=" + beforeReview);
        JsonNode now = get("reviewer", RANKING);

        assertThat(dongshanTotal(then)).isEqualByComparingTo(totalsBeforeReview.path("total").decimalValue());
        assertThat(dongshanTotal(now)).isEqualByComparingTo(totalsAfterReview.path("total").decimalValue());
    }

    @Test
    void theLedgerAsOfBeforeTheCloseOutShowsTheTaskOpen() {
        JsonNode then = get(LEADER, "/api/ledgers/mine?asOf=" + beforeReview);

        assertThat(task(then, LEADERS_TASK).path("closed").asBoolean()).isFalse();
    }

    private static java.math.BigDecimal dongshanTotal(JsonNode ranking) {
        return StreamSupport.stream(ranking.path("rows").spliterator(), false)
                .filter(row -> row.path("unitName").asText().equals("东山侗族乡"))
                .findFirst().orElseThrow(() -> new AssertionError("东山侗族乡 not ranked in " + ranking))
                .path("total").decimalValue();
    }

    private static JsonNode task(JsonNode ledger, String taskId) {
        return StreamSupport.stream(ledger.path("tasks").spliterator(), false)
                .filter(task -> task.path("taskId").asText().equals(taskId))
                .findFirst().orElse(null);
    }

    private JsonNode get(String user, String path) {
        HttpApi.Answer answer = api.get(user, path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode awaitJson(String user, String path, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        // projections follow the event stream on their own threads
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            HttpApi.Answer answer = api.get(user, path);
            if (answer.status() != 200) {
                return false;
            }
            last[0] = answer.json();
            return ready.test(last[0]);
        });
        return last[0];
    }
}

package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.axonframework.eventhandling.DomainEventMessage;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * 补录 end to end on PostgreSQL: the demo loads the 2019 case with its real dates, entered after the fact by
 * the office; the office enters a review step of that year over HTTP with a stated date and a reason, nobody
 * else may; the trail, the totals' provenance and the report say so.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AfterTheFactOverHttpPostgresTest {

    private static final String DONGSHAN = "/api/assessments/assessment-2019-dongshan";
    private static final String CHANGPUZI = "/api/assessments/assessment-2019-changpuzi";
    private static final String STATED = "2020-02-20T02:00:00Z";
    private static final String WHY = "2019年度审核结果补录：按县绩效办审核底稿录入";
    private static final String[] AFTER_THE_FACT = {"Stated-At", STATED,
            "Stated-Reason", URLEncoder.encode(WHY, StandardCharsets.UTF_8).replace("+", "%20")};
    private static final String ADJUSTMENT = """
            {"indicatorCode": "1.1.3", "newScore": 4, "reason": "一起环保信访件逾期办结，扣0.5分"}""";

    private final RunningSystem system;
    private HttpApi api;

    AfterTheFactOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
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
    void theDemoKeepsTheRealDeadlinesAndEntersTheClaimsAsOfTheReportsDate() {
        SchemeDrafted drafted = (SchemeDrafted) system.events("scheme-2019-suining").get(0).getPayload();
        assertThat(drafted.deadlines().claimsDue()).isEqualTo(Instant.parse("2020-01-10T15:59:59Z"));

        List<DomainEventMessage<?>> events = system.events("assessment-2019-dongshan");
        List<ScoreClaimed> claims = events.stream().filter(e -> e.getPayload() instanceof ScoreClaimed)
                .map(e -> (ScoreClaimed) e.getPayload()).toList();
        assertThat(claims).hasSize(27).allSatisfy(claim -> {
            assertThat(claim.afterTheFact().statedAt()).isEqualTo(Instant.parse("2020-01-08T04:00:00Z"));
            assertThat(claim.afterTheFact().recordedAt()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
        });

        JsonNode rows = api.get("reviewer", DONGSHAN + "/trail?kind=SCORE_CLAIMED&indicator=1.1.1").json().path("rows");
        assertThat(rows).hasSize(1);
        JsonNode marker = rows.get(0).path("afterTheFact");
        assertThat(marker.path("statedAt").asText()).isEqualTo("2020-01-08T04:00:00Z");
        assertThat(marker.path("recordedAt").asText()).isEqualTo(rows.get(0).path("occurredAt").asText());
        assertThat(marker.path("reason").asText()).contains("补录");
    }

    @Test
    void theOfficeEntersAPastReviewStepWithItsDateAndNobodyElseMay() {
        HttpApi.Answer reviewer = api.post("reviewer", CHANGPUZI + "/adjustments", ADJUSTMENT, AFTER_THE_FACT);
        assertThat(reviewer.status()).as(reviewer.toString()).isEqualTo(403);
        assertThat(reviewer.json().path("code").asText()).isEqualTo("AFTER_THE_FACT_OFFICE_ONLY");
        assertThat(reviewer.json().path("title").asText()).isEqualTo("只有县绩效办可以补录");
        HttpApi.Answer submitter = api.put("dongshan", DONGSHAN + "/claims/1.1.1", """
                {"claimedScore": 15, "narrative": "补录"}""", concat(AFTER_THE_FACT, "Accept-Language", "en"));
        assertThat(submitter.status()).as(submitter.toString()).isEqualTo(403);
        assertThat(submitter.json().path("code").asText()).isEqualTo("AFTER_THE_FACT_OFFICE_ONLY");
        assertThat(submitter.json().path("title").asText()).isEqualTo("Only the performance office enters records after the fact");

        HttpApi.Answer live = api.post("office", CHANGPUZI + "/adjustments", ADJUSTMENT);
        assertThat(live.status()).as("the office does not review live").isEqualTo(403);
        assertThat(live.json().path("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");

        HttpApi.Answer future = api.post("office", CHANGPUZI + "/adjustments", ADJUSTMENT,
                "Stated-At", Instant.now().plus(Duration.ofDays(2)).toString(), "Stated-Reason", "x");
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.json().path("code").asText()).isEqualTo("STATED_DATE_NOT_ACCEPTED");
        assertThat(future.body()).contains("2019-01-01", "2020-12-31");

        HttpApi.Answer noReason = api.post("office", CHANGPUZI + "/adjustments", ADJUSTMENT, "Stated-At", STATED);
        assertThat(noReason.json().path("code").asText()).as(noReason.toString()).isEqualTo("REASON_REQUIRED");

        HttpApi.Answer entered = api.post("office", CHANGPUZI + "/adjustments", ADJUSTMENT, AFTER_THE_FACT);
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        ReviewAdjustmentMade event = system.events("assessment-2019-changpuzi").stream()
                .filter(e -> e.getPayload() instanceof ReviewAdjustmentMade)
                .map(e -> (ReviewAdjustmentMade) e.getPayload()).findFirst().orElseThrow();
        assertThat(event.afterTheFact().statedAt()).isEqualTo(Instant.parse(STATED));
        assertThat(event.afterTheFact().reason()).isEqualTo(WHY);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                api.get("reviewer", CHANGPUZI + "/trail?kind=REVIEW_ADJUSTMENT").json().path("rows").size() == 1);
        JsonNode row = api.get("reviewer", CHANGPUZI + "/trail?kind=REVIEW_ADJUSTMENT").json().path("rows").get(0);
        assertThat(row.path("afterTheFact").path("statedAt").asText()).isEqualTo(STATED);
        assertThat(row.path("afterTheFact").path("reason").asText()).isEqualTo(WHY);
        assertThat(row.path("actor").path("role").asText()).isEqualTo("ADMIN");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                StreamSupport.stream(api.get("reviewer", CHANGPUZI + "/totals/provenance?indicator=1.1.3").json()
                        .path("entries").spliterator(), false).anyMatch(e -> e.path("kind").asText().equals("REVIEW_ADJUSTMENT_MADE")));
        JsonNode entries = api.get("reviewer", CHANGPUZI + "/totals/provenance?indicator=1.1.3").json().path("entries");
        JsonNode adjustment = entries.get(entries.size() - 1);
        assertThat(adjustment.path("afterTheFact").path("statedAt").asText()).isEqualTo(STATED);
        assertThat(adjustment.path("afterTheFact").path("recordedAt").asText()).isEqualTo(adjustment.path("occurredAt").asText());
    }

    @Test
    void theReportSaysTheAssessmentContainsEntriesMadeAfterTheFact() throws Exception {
        HttpApi.Download docx = api.download("reviewer", DONGSHAN + "/report.docx");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("本评估含补录条目", "本项为补录");
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}

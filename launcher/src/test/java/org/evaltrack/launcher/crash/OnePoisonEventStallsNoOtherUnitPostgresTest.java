package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.launcher.e2e.HttpApi;
import org.evaltrack.launcher.e2e.PageSession;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The totals cannot take one unit's event nor one scheme's (PostgreSQL triggers in this test's schema
 * refuse them, as a too-narrow column would): each is dead-lettered with its aggregate's later events
 * queued behind it, and nothing else waits. Other units' events and other schemes' go on in every
 * projection; an assessment opened under the poisoned scheme is kept (the totals read no other
 * aggregate when they take an event) and shows its indicators once the scheme's letters are retried.
 * The fault shows in {@code /api/projections} (not caught up, the count, the first error and its unit),
 * on the office's home page and once in the log; once the cause is gone a retry clears it.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class OnePoisonEventStallsNoOtherUnitPostgresTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String POISONED = "assessment-2019-changpuzi";
    private static final String POISONED_UNIT = "unit-changpuzi";
    private static final String HEALTHY = "assessment-2019-dongshan";
    private static final String REFUSED_CATEGORY = "搁置测试类别";

    private final PostgresTestDatabase database;
    private final String[] args;
    private ConfigurableApplicationContext context;
    private HttpApi http;
    private int port;

    OnePoisonEventStallsNoOtherUnitPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.database = database;
        this.args = database.args("--server.port=0", "--evaltrack.demo.enabled=true",
                "--evaltrack.blobs.dir=" + blobs.toAbsolutePath());
    }

    @BeforeAll
    void start() {
        context = EvaltrackApplication.run(args);
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
        http = new HttpApi(port);
    }

    @AfterAll
    void stop() throws Exception {
        sql("DROP TRIGGER IF EXISTS poison_one_unit ON totals_item");
        sql("DROP TRIGGER IF EXISTS poison_one_scheme ON totals_category");
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aUnitsAndASchemesPoisonEventsAreSetAsideShownEverywhereAndRetriedWhileEverythingElseGoesOn(CapturedOutput log)
            throws Exception {
        Projections projections = projections();
        projections.awaitCaughtUp(PATIENCE);
        assertThat(officeHome("/")).doesNotContain("id=\"projection-faults\"");
        sql("""
                CREATE OR REPLACE FUNCTION refuse_poisoned() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION 'totals row refused (test trigger)';
                END $$ LANGUAGE plpgsql""");
        sql("CREATE TRIGGER poison_one_unit BEFORE INSERT OR UPDATE ON totals_item FOR EACH ROW"
                + " WHEN (NEW.assessment_id = '" + POISONED + "') EXECUTE FUNCTION refuse_poisoned()");
        sql("CREATE TRIGGER poison_one_scheme BEFORE INSERT ON totals_category FOR EACH ROW"
                + " WHEN (NEW.name = '" + REFUSED_CATEGORY + "') EXECUTE FUNCTION refuse_poisoned()");

        // one unit's event the totals cannot take, then a scheme's (a category the totals refuse)
        adjust(POISONED, "1.1.1", "1", "poison-for-one-unit");
        await(() -> projections.deadLetters() == 1, "the unit's event dead-lettered first");
        String draft = draftSchemeWithARefusedCategory();
        // the scheme's indicator and publication queue behind its letter; an assessment under it is opened all the same
        publish(draft);
        String underPoisonedScheme = openAssessmentOfANewUnit(draft, "方案死信后新乡");
        // after both: another unit's event, and a new unit's assessment under the published scheme
        adjust(HEALTHY, "1.1.2", "0.5", "healthy-after-the-poison");
        String fresh = openAssessmentOfANewUnit("scheme-2019-suining", "死信后新乡");

        await(() -> http.get("office", "/api/assessments/" + fresh + "/scorecard").status() == 200,
                "the new assessment's scorecard appears");
        await(() -> adjusted(HEALTHY, "1.1.2", "0.5"), "the healthy unit's adjustment reaches its scorecard");
        projections.awaitAtHead(PATIENCE);

        // every view holds the poisoned unit at the same point: its trail lacks what its totals lack
        assertThat(database.column("SELECT reason FROM trail_entry WHERE reason = 'poison-for-one-unit'")).isEmpty();
        assertThat(database.column("SELECT reason FROM trail_entry WHERE reason = 'healthy-after-the-poison'")).hasSize(1);
        assertThat(adjusted(POISONED, "1.1.1", "1")).as("the poisoned unit's scorecard stays before its letter").isFalse();

        // the API: not caught up, how many, the first error and the unit it belongs to
        JsonNode totals = http.get("office", "/api/projections/read-models").json();
        assertThat(totals.path("caughtUp").asBoolean()).as("%s", totals).isFalse();
        assertThat(totals.path("atHead").asBoolean()).isTrue();
        // the unit's adjustment; the scheme's category, indicator and publication
        assertThat(totals.path("deadLetters").asLong()).isEqualTo(4);
        assertThat(totals.path("deadLetterSequences").asLong()).isEqualTo(2);
        JsonNode first = totals.path("firstDeadLetter");
        assertThat(first.path("eventType").asText()).isEqualTo("ReviewAdjustmentMade");
        assertThat(first.path("aggregateId").asText()).isEqualTo(POISONED);
        assertThat(first.path("unitId").asText()).isEqualTo(POISONED_UNIT);
        assertThat(first.path("error").asText()).contains("totals row refused (test trigger)").doesNotContain("\n", "\tat ");
        assertThat(first.path("retry").asText()).isEqualTo("POST /api/projections/read-models/dead-letters/retry");
        JsonNode letters = http.get("office", "/api/projections/read-models/dead-letters").json().path("letters");
        assertThat(letters).extracting(letter -> letter.path("aggregateId").asText()).containsExactlyInAnyOrder(POISONED, draft, draft, draft);
        HttpApi.Answer withoutItsScheme = http.get("office", "/api/assessments/" + underPoisonedScheme + "/scorecard");
        assertThat(withoutItsScheme.status()).as(withoutItsScheme.toString()).isEqualTo(200);
        assertThat(withoutItsScheme.json().path("indicators")).as("the scheme's indicators are behind its letter").isEmpty();

        // the office's home page, in Chinese and in English
        String zh = officeHome("/?lang=zh-CN");
        assertThat(zh).contains("id=\"projection-faults\"", "部分读模型已对部分数据停止更新", "读模型 read-models：4 个事件被搁置",
                POISONED, POISONED_UNIT, "totals row refused (test trigger)",
                "POST /api/projections/read-models/dead-letters/retry");
        assertThat(officeHome("/?lang=en")).contains("Some read models have stopped for part of the data",
                "Read model read-models: 4 events set aside", "Retry once the cause is fixed");

        // the log: a warning once per dead-lettered sequence, naming processor, aggregate and error
        assertThat(count(log.getOut(), "Projection read-models dead-lettered ReviewAdjustmentMade of aggregate " + POISONED
                + " (unit " + POISONED_UNIT)).isEqualTo(1);
        assertThat(count(log.getOut(), "Projection read-models dead-lettered CategoryAdded of aggregate " + draft)).isEqualTo(1);
        assertThat(count(log.getOut(), "dead-lettered IndicatorAdded")).as("queued behind, not a new sequence").isZero();
        assertThat(count(log.getOut(), "dead-lettered AssessmentOpened")).as("an assessment waits for no other aggregate").isZero();
        assertThat(log.getOut()).contains("totals row refused (test trigger)");

        // cause removed: a retry clears every letter and all is caught up
        sql("DROP TRIGGER poison_one_unit ON totals_item");
        sql("DROP TRIGGER poison_one_scheme ON totals_category");
        HttpApi.Answer retry = http.post("office", "/api/projections/read-models/dead-letters/retry", null);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().path("succeeded").asInt()).as(retry.toString()).isEqualTo(2);
        assertThat(retry.json().path("remainingSequences").asLong()).isZero();
        projections.awaitCaughtUp(PATIENCE);
        assertThat(adjusted(POISONED, "1.1.1", "1")).isTrue();
        assertThat(database.column("SELECT reason FROM trail_entry WHERE reason = 'poison-for-one-unit'")).hasSize(1);
        HttpApi.Answer laidOut = http.get("office", "/api/assessments/" + underPoisonedScheme + "/scorecard");
        assertThat(laidOut.status()).as(laidOut.toString()).isEqualTo(200);
        assertThat(laidOut.json().path("indicators")).extracting(row -> row.path("indicatorCode").asText()).containsExactly("1.1.1");
        assertThat(http.get("office", "/api/projections/read-models").json().path("firstDeadLetter").isNull()).isTrue();
        assertThat(officeHome("/")).doesNotContain("id=\"projection-faults\"");
        projections.assertEqualToARebuild(PATIENCE);
    }

    private String draftSchemeWithARefusedCategory() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpApi.Answer scheme = http.post("office", "/api/schemes", """
                {"year": 2021, "title": "死信测试方案", "documentNumber": "测办发〔2021〕1号", "issuer": "测试县绩效办",
                 "deadlines": {"claimsDue": "%s", "evidenceDue": "%s", "reviewDue": "%s"}, "bonusCap": 5}"""
                .formatted(now.plus(30, ChronoUnit.DAYS), now.plus(35, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS)));
        assertThat(scheme.status()).as(scheme.toString()).isEqualTo(201);
        HttpApi.Answer category = http.post("office", "/api/schemes/" + scheme.id() + "/categories", """
                {"categoryCode": "1.1", "section": "COMMON", "name": "%s", "budget": 10}""".formatted(REFUSED_CATEGORY));
        assertThat(category.status()).as(category.toString()).isBetween(200, 204);
        return scheme.id();
    }

    private void publish(String scheme) {
        HttpApi.Answer indicator = http.post("office", "/api/schemes/" + scheme + "/indicators", """
                {"categoryCode": "1.1", "indicatorCode": "1.1.1", "name": "精准脱贫", "scoringMode": "STANDARD", "maxPoints": 10}""");
        assertThat(indicator.status()).as(indicator.toString()).isBetween(200, 204);
        HttpApi.Answer published = http.post("office", "/api/schemes/" + scheme + "/publication", null);
        assertThat(published.status()).as(published.toString()).isBetween(200, 204);
    }

    private String openAssessmentOfANewUnit(String scheme, String unitName) {
        HttpApi.Answer unit = http.post("office", "/api/units", """
                {"name": "%s", "kind": "TOWNSHIP"}""".formatted(unitName));
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        HttpApi.Answer opened = http.post("office", "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(scheme, unit.id()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.id();
    }

    private void adjust(String assessment, String indicator, String score, String reason) {
        HttpApi.Answer answer = http.post("reviewer", "/api/assessments/" + assessment + "/adjustments",
                "{\"indicatorCode\":\"%s\",\"newScore\":%s,\"reason\":\"%s\"}".formatted(indicator, score, reason));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    /** Whether the scorecard shows the reviewer's score for the indicator. */
    private boolean adjusted(String assessment, String indicator, String score) {
        HttpApi.Answer answer = http.get("office", "/api/assessments/" + assessment + "/scorecard");
        if (answer.status() != 200) {
            return false;
        }
        for (JsonNode row : answer.json().path("indicators")) {
            if (row.path("indicatorCode").asText().equals(indicator)) {
                return row.path("adjusted").asBoolean() && row.path("effectiveScore").decimalValue().compareTo(new BigDecimal(score)) == 0;
            }
        }
        return false;
    }

    private String officeHome(String path) {
        HttpResponse<String> page = new PageSession(port).signIn("office").get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    private void sql(String statement) throws Exception {
        try (var connection = database.connect()) {
            connection.createStatement().execute(statement);
        }
    }

    private Projections projections() {
        return Projections.of(() -> http, database);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            LauncherProcess.pause(Duration.ofMillis(200));
        }
    }
}

package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.launcher.e2e.HttpApi;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A read model that cannot handle one unit's events: those events, and only that unit's, go to the
 * read models' dead-letter queue, while the other unit's events keep being projected. Every view holds
 * the poisoned unit at the same point, so its totals and trail agree. The admin lists the letters, the
 * cause is removed, a retry through the admin endpoint completes the read models, which then equal a rebuild.
 * <p>
 * The failure comes from outside the code: a PostgreSQL trigger in this test's schema refuses
 * trail rows of one unit, as a constraint or a full disk would.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonEventPerUnitPostgresTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String POISONED = "assessment-2019-changpuzi";
    private static final String HEALTHY = "assessment-2019-dongshan";
    private static final String GROUP = "read-models";

    private final PostgresTestDatabase database;
    private final String[] args;
    private ConfigurableApplicationContext context;
    private HttpApi http;

    PoisonEventPerUnitPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.database = database;
        this.args = database.args("--server.port=0", "--evaltrack.demo.enabled=true",
                "--evaltrack.blobs.dir=" + blobs.toAbsolutePath());
    }

    @BeforeAll
    void start() {
        context = EvaltrackApplication.run(args);
        http = new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @AfterAll
    void stop() throws Exception {
        sql("DROP TRIGGER IF EXISTS poison_one_unit ON trail_entry");
        sql("DROP TRIGGER IF EXISTS deadlock_twice ON trail_entry");
        if (context != null) {
            context.close();
        }
    }

    @Test
    void oneUnitsPoisonEventIsDeadLetteredOthersKeepProjectingAndARetryCompletesTheReadModel() throws Exception {
        Projections projections = projections();
        projections.awaitCaughtUp(PATIENCE);
        sql("""
                CREATE OR REPLACE FUNCTION refuse_changpuzi_trail() RETURNS trigger AS $$
                BEGIN
                    IF NEW.unit_id = 'unit-changpuzi' THEN
                        RAISE EXCEPTION 'trail row refused for unit-changpuzi (test trigger)';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        sql("CREATE TRIGGER poison_one_unit BEFORE INSERT ON trail_entry FOR EACH ROW EXECUTE FUNCTION refuse_changpuzi_trail()");

        adjust(POISONED, "1.1.1", "poison-first");
        adjust(POISONED, "1.1.2", "poison-second");
        adjust(HEALTHY, "1.1.1", "healthy-after-the-poison");

        // the healthy unit's later event reaches the trail although the poisoned unit's earlier ones failed
        await(() -> trailReasons().contains("healthy-after-the-poison") && deadLetters(GROUP).size() == 2,
                "the healthy unit projected and two letters queued");
        JsonNode report = http.get("office", "/api/projections/" + GROUP + "/dead-letters").json();
        assertThat(report.path("sequences").asLong()).isEqualTo(1);
        assertThat(deadLetters(GROUP)).allSatisfy(letter -> {
            assertThat(letter.path("aggregateId").asText()).isEqualTo(POISONED);
            assertThat(letter.path("eventType").asText()).endsWith("ReviewAdjustmentMade");
        });
        assertThat(trailReasons()).doesNotContain("poison-first", "poison-second");
        // every view holds the poisoned unit at the same point, so they agree: its totals do not count the
        // adjustments its trail lacks, while the healthy unit's totals moved
        projections.awaitAtHead(PATIENCE);
        JsonNode status = http.get("office", "/api/projections/" + GROUP).json();
        assertThat(status.path("caughtUp").asBoolean()).as("a dead letter holds its unit back: %s", status).isFalse();
        assertThat(status.path("firstDeadLetter").path("aggregateId").asText()).isEqualTo(POISONED);
        assertThat(adjustedInTotals(POISONED, "1.1.1", "1.1.2")).isZero();
        assertThat(adjustedInTotals(HEALTHY, "1.1.1")).isEqualTo(1);

        HttpApi.Answer whileStillPoisoned = http.post("office", "/api/projections/" + GROUP + "/dead-letters/retry", null);
        assertThat(whileStillPoisoned.json().path("succeeded").asInt()).as(whileStillPoisoned.toString()).isZero();
        assertThat(whileStillPoisoned.json().path("remainingSequences").asLong()).isEqualTo(1);

        sql("DROP TRIGGER poison_one_unit ON trail_entry");
        HttpApi.Answer retry = http.post("office", "/api/projections/" + GROUP + "/dead-letters/retry", null);

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().path("succeeded").asInt()).isEqualTo(1);
        assertThat(retry.json().path("remainingSequences").asLong()).isZero();
        assertThat(trailReasons()).contains("poison-first", "poison-second", "healthy-after-the-poison");
        assertThat(adjustedInTotals(POISONED, "1.1.1", "1.1.2")).isEqualTo(2);
        projections.assertEqualToARebuild(PATIENCE);
    }

    @Test
    void aProjectionThatLosesADeadlockIsRetriedNotDeadLettered() throws Exception {
        Projections projections = projections();
        projections.awaitCaughtUp(PATIENCE);
        // a sequence counts the attempts: unlike a table, it is not rolled back with the batch
        sql("CREATE SEQUENCE IF NOT EXISTS deadlock_attempts");
        sql("""
                CREATE OR REPLACE FUNCTION lose_two_deadlocks() RETURNS trigger AS $$
                BEGIN
                    IF NEW.reason = 'deadlocked-twice' AND nextval('deadlock_attempts') <= 2 THEN
                        RAISE EXCEPTION 'deadlock detected (test trigger)' USING ERRCODE = 'deadlock_detected';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        sql("CREATE TRIGGER deadlock_twice BEFORE INSERT ON trail_entry FOR EACH ROW EXECUTE FUNCTION lose_two_deadlocks()");

        adjust(HEALTHY, "1.1.3", "deadlocked-twice");

        await(() -> trailReasons().contains("deadlocked-twice"), "the adjustment reached the trail after the retries");
        assertThat(sqlCount("SELECT last_value FROM deadlock_attempts")).as("attempts").isGreaterThanOrEqualTo(3);
        assertThat(deadLetters(GROUP)).as("a lost deadlock is no fault of the event").isEmpty();
        sql("DROP TRIGGER deadlock_twice ON trail_entry");
        projections.assertEqualToARebuild(PATIENCE);
    }

    private void adjust(String assessment, String indicator, String reason) {
        HttpApi.Answer answer = http.post("reviewer", "/api/assessments/" + assessment + "/adjustments",
                "{\"indicatorCode\":\"%s\",\"newScore\":1,\"reason\":\"%s\"}".formatted(indicator, reason));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private List<JsonNode> deadLetters(String group) {
        JsonNode report = http.get("office", "/api/projections/" + group + "/dead-letters").json();
        return java.util.stream.StreamSupport.stream(report.path("letters").spliterator(), false).toList();
    }

    /** Items of the totals whose effective score is a reviewer's adjustment. */
    private long adjustedInTotals(String assessment, String... indicators) {
        return sqlCount("SELECT count(*) FROM totals_item WHERE part = 'INDICATOR' AND assessment_id = '" + assessment + "' AND item_code IN ('"
                + String.join("', '", indicators) + "') AND adjusted");
    }

    private List<Object> trailReasons() {
        return database.column("SELECT reason FROM trail_entry WHERE reason IS NOT NULL");
    }

    private long sqlCount(String query) {
        return ((Number) database.column(query).get(0)).longValue();
    }

    private void sql(String statement) throws Exception {
        try (var connection = database.connect()) {
            connection.createStatement().execute(statement);
        }
    }

    private Projections projections() {
        return Projections.of(() -> http, database);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            LauncherProcess.pause(Duration.ofMillis(200));
        }
    }
}

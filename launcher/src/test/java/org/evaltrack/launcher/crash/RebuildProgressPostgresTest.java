package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.launcher.e2e.HttpApi;
import org.evaltrack.launcher.e2e.PageSession;
import org.evaltrack.query.config.ReadModelTables;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A rebuild on PostgreSQL fills new tables beside the live ones: while it runs, every read answers
 * from the live read models as before (no empty or partial view), the API and the office's home page
 * show how far it has come, and a second rebuild is refused with 409. When it has caught up, the new
 * tables are switched in and equal the old ones row by row. A rebuild interrupted by a restart resumes
 * by itself. An event the new tables refuse is dead-lettered for its unit and the rebuild switches in all
 * the same; a retry completes it. A trigger that sleeps on every token the rebuild stores keeps it running long enough to
 * look at it.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebuildProgressPostgresTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final String TOTALS = "/api/assessments/" + DONGSHAN + "/totals";
    private static final String REFUSED = "refused-by-the-new-tables";

    private final PostgresTestDatabase database;
    private final String[] args;
    private ConfigurableApplicationContext context;
    private HttpApi http;

    RebuildProgressPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.database = database;
        // small batches, so the demo's hundred events take the rebuild long enough to watch
        this.args = database.args("--server.port=0", "--evaltrack.demo.enabled=true", "--evaltrack.projections.batch-size=2",
                "--evaltrack.blobs.dir=" + blobs.toAbsolutePath());
    }

    @BeforeAll
    void start() {
        context = EvaltrackApplication.run(args);
        http = new HttpApi(port());
    }

    @AfterAll
    void stop() throws Exception {
        sql("DROP TABLE IF EXISTS rebuild_hold");
        sql("DROP TRIGGER IF EXISTS slow_rebuild ON token_entry");
        if (context != null) {
            context.close();
        }
    }

    @Test
    @Order(1)
    void aRebuildRunsBesideTheLiveReadModelsShowsItsProgressAndSwitchesIn() throws Exception {
        Projections projections = projections();
        projections.awaitCaughtUp(PATIENCE);
        Map<String, List<List<String>>> before = readModels(projections);
        String totalsBefore = http.get("office", TOTALS).body();
        List<Object> namesBefore = indexAndConstraintNames();
        slowTheRebuild();

        HttpApi.Answer first = http.post("office", "/api/projections/rebuild", null);
        assertThat(first.status()).as(first.toString()).isEqualTo(202);

        HttpApi.Answer second = http.post("office", "/api/projections/rebuild", null);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().path("code").asText()).isEqualTo("REBUILD_ALREADY_RUNNING");

        JsonNode status = awaitStatus(s -> s.path("rebuild").path("eventsPerSecond").isNumber());
        assertThat(status.path("replaying").asBoolean()).as("%s", status).isTrue();
        assertThat(status.path("caughtUp").asBoolean()).as("%s", status).isFalse();
        JsonNode rebuild = status.path("rebuild");
        assertThat(rebuild.path("total").asLong()).as("%s", rebuild).isEqualTo(status.path("headPosition").asLong() + 1);
        assertThat(rebuild.path("done").asLong()).as("%s", rebuild).isLessThan(rebuild.path("total").asLong());
        assertThat(rebuild.path("startedAt").isTextual()).as("%s", rebuild).isTrue();
        assertThat(rebuild.path("eventsPerSecond").asLong()).as("%s", rebuild).isGreaterThanOrEqualTo(0);
        assertThat(rebuild.path("stalledBy").isNull()).as("%s", rebuild).isTrue();
        // the live read models answer in full while the new ones fill
        assertThat(http.get("office", TOTALS).body()).isEqualTo(totalsBefore);
        assertThat(readModels(projections)).isEqualTo(before);

        String zh = officeHome("/?lang=zh-CN");
        assertThat(zh).contains("id=\"rebuild-progress\"", "读模型正在重建", "已重放");
        assertThat(officeHome("/?lang=en")).contains("The read models are being rebuilt", "events replayed");

        sql("DROP TRIGGER slow_rebuild ON token_entry");
        projections.awaitCaughtUp(PATIENCE);
        JsonNode done = http.get("office", "/api/projections/read-models").json();
        assertThat(done.path("rebuild").isNull()).as("%s", done).isTrue();
        assertThat(officeHome("/")).doesNotContain("id=\"rebuild-progress\"");
        assertThat(readModels(projections)).as("the switched-in tables equal the old ones").isEqualTo(before);
        assertThat(http.get("office", TOTALS).body()).isEqualTo(totalsBefore);
        assertThat(indexAndConstraintNames()).as("later migrations find them by name").isEqualTo(namesBefore);
        assertThat(database.column("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE current_schema || '_%'"))
                .as("no table left beside the live ones").containsExactly(0L);
    }

    @Test
    @Order(2)
    void aRebuildInterruptedByARestartResumesAndSwitchesIn() throws Exception {
        Projections projections = projections();
        projections.awaitCaughtUp(PATIENCE);
        Map<String, List<List<String>>> before = readModels(projections);
        holdTheRebuild();
        assertThat(http.post("office", "/api/projections/rebuild", null).status()).isEqualTo(202);
        LauncherProcess.pause(Duration.ofMillis(1500));
        context.close();

        context = EvaltrackApplication.run(args);
        http = new HttpApi(port());
        JsonNode status = http.get("office", "/api/projections/read-models").json();
        assertThat(status.path("replaying").asBoolean()).as("resumed: %s", status).isTrue();
        assertThat(readModels(projections)).as("the live read models serve meanwhile").isEqualTo(before);

        sql("DELETE FROM rebuild_hold");
        sql("DROP TRIGGER slow_rebuild ON token_entry");
        projections.awaitCaughtUp(PATIENCE);
        assertThat(readModels(projections)).isEqualTo(before);
    }

    @Test
    @Order(3)
    void anEventTheNewTablesRefuseIsSetAsideForItsUnitAndTheRebuildStillSwitchesIn() throws Exception {
        Projections projections = projections();
        projections.awaitCaughtUp(PATIENCE);
        HttpApi.Answer adjusted = http.post("reviewer", "/api/assessments/" + DONGSHAN + "/adjustments",
                "{\"indicatorCode\":\"1.1.1\",\"newScore\":1,\"reason\":\"" + REFUSED + "\"}");
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        projections.awaitCaughtUp(PATIENCE);
        // the live table holds the row; the new one, made like it, will refuse it
        sql("ALTER TABLE trail_entry ADD CONSTRAINT refuse_in_rebuild CHECK (reason IS DISTINCT FROM '" + REFUSED + "') NOT VALID");
        try {
            assertThat(http.post("office", "/api/projections/rebuild", null).status()).isEqualTo(202);
            JsonNode status = awaitStatus(s -> !s.path("replaying").asBoolean());

            assertThat(status.path("deadLetters").asLong()).as("%s", status).isEqualTo(1);
            assertThat(status.path("firstDeadLetter").path("aggregateId").asText()).isEqualTo(DONGSHAN);
            assertThat(trailReasons()).doesNotContain(REFUSED).isNotEmpty();
            assertThat(adjustedInTotals()).as("the unit's views agree: its totals lack what its trail lacks").isZero();
        } finally {
            sql("ALTER TABLE trail_entry DROP CONSTRAINT IF EXISTS refuse_in_rebuild");
        }
        HttpApi.Answer retry = http.post("office", "/api/projections/read-models/dead-letters/retry", null);
        assertThat(retry.json().path("succeeded").asInt()).as(retry.toString()).isEqualTo(1);
        projections.awaitCaughtUp(PATIENCE);
        assertThat(trailReasons()).contains(REFUSED);
        assertThat(adjustedInTotals()).isEqualTo(1);
    }

    private List<Object> trailReasons() {
        return database.column("SELECT reason FROM trail_entry WHERE reason IS NOT NULL");
    }

    private long adjustedInTotals() {
        return ((Number) database.column("SELECT count(*) FROM totals_item WHERE part = 'INDICATOR' AND assessment_id = '"
                + DONGSHAN + "' AND item_code = '1.1.1' AND adjusted").get(0)).longValue();
    }

    /**
     * The rebuild's processor cannot store a token while the row in {@code rebuild_hold} exists: each attempt
     * is refused (and retried after Axon's back-off), so no thread is held and the application can stop.
     */
    private void holdTheRebuild() throws Exception {
        sql("CREATE TABLE IF NOT EXISTS rebuild_hold (held boolean)");
        sql("INSERT INTO rebuild_hold VALUES (true)");
        sql("""
                CREATE OR REPLACE FUNCTION slow_rebuild() RETURNS trigger AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM rebuild_hold) THEN
                        RAISE EXCEPTION 'rebuild held by the test';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        sql("CREATE TRIGGER slow_rebuild BEFORE UPDATE ON token_entry FOR EACH ROW"
                + " WHEN (NEW.processor_name = 'read-models-next') EXECUTE FUNCTION slow_rebuild()");
    }

    /** Every token the rebuild's processor stores costs it 0.1 s; the live processor is not slowed. */
    private void slowTheRebuild() throws Exception {
        sql("""
                CREATE OR REPLACE FUNCTION slow_rebuild() RETURNS trigger AS $$
                BEGIN
                    PERFORM pg_sleep(0.1);
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        sql("CREATE TRIGGER slow_rebuild BEFORE UPDATE ON token_entry FOR EACH ROW"
                + " WHEN (NEW.processor_name = 'read-models-next') EXECUTE FUNCTION slow_rebuild()");
    }

    /** The read-model tables only: signing in to a page writes sessions and throttle rows. */
    private static Map<String, List<List<String>>> readModels(Projections projections) throws Exception {
        Map<String, List<List<String>>> dump = new java.util.TreeMap<>(projections.dump());
        dump.keySet().retainAll(ReadModelTables.NAMES);
        assertThat(dump.keySet()).containsAll(ReadModelTables.NAMES);
        return dump;
    }

    private List<Object> indexAndConstraintNames() {
        return database.column("SELECT tablename || ' ' || indexname FROM pg_indexes WHERE schemaname = current_schema"
                + " UNION ALL SELECT conrelid::regclass::text || ' ' || conname FROM pg_constraint"
                + " WHERE connamespace = current_schema::regnamespace ORDER BY 1");
    }

    private JsonNode awaitStatus(java.util.function.Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode status = http.get("office", "/api/projections/read-models").json();
        while (!condition.test(status) && System.nanoTime() < deadline) {
            LauncherProcess.pause(Duration.ofMillis(200));
            status = http.get("office", "/api/projections/read-models").json();
        }
        return status;
    }

    private int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private String officeHome(String path) {
        var page = new PageSession(port()).signIn("office").get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private void sql(String statement) throws Exception {
        try (var connection = database.connect()) {
            connection.createStatement().execute(statement);
        }
    }

    private Projections projections() {
        return Projections.of(() -> http, database);
    }
}

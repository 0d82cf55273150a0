package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.evaltrack.launcher.e2e.HttpApi;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as its own process on a PostgreSQL cluster of this test's own, under load, while
 * that cluster is stopped (fast shutdown) and started again. While the database is away clients
 * hear 503 DATABASE_UNAVAILABLE problems with Retry-After, never a 500 and never a 2xx for
 * something that is not stored; afterwards the system recovers by itself: commands succeed again,
 * every acknowledged command is in the store exactly once, and the projections catch up and equal
 * a rebuild. The shared cluster is never touched.
 * <p>
 * Needs PostgreSQL's server binaries (initdb, pg_ctl); without them the test is skipped, or fails
 * with -Devaltrack.pg.required=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRestartUnderLoadTest {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int SUBMITTERS = 2;

    private PrivatePostgresCluster cluster;
    private LauncherProcess launcher;
    private volatile HttpApi http;

    @BeforeAll
    void startPrivateCluster(@TempDir Path blobs) throws Exception {
        Optional<Path> binaries = PrivatePostgresCluster.binaries();
        if (binaries.isEmpty()) {
            String reason = "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql";
            if (PostgresTestDatabase.required()) {
                throw new IllegalStateException("PostgreSQL restart test FAILED: evaltrack.pg.required=true but " + reason);
            }
            Assumptions.abort(reason);
        }
        cluster = PrivatePostgresCluster.create(binaries.get(), Path.of("target", "private-pg"));
        launcher = new LauncherProcess("pg-restart", Path.of("target", "crash-logs"), cluster.url("evaltrack"),
                "postgres", "", blobs);
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            if (launcher != null) {
                launcher.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Test
    void clientsHear503WhileTheDatabaseRestartsAndTheSystemRecoversWithNothingLost() throws Exception {
        http = launcher.start(START).http();
        String run = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        CommandLoad load = new CommandLoad(() -> http, run, CommandLoad.seed(http, run, SUBMITTERS));

        load.start();
        load.awaitAtLeast(20, CommandLoad.Outcome::acknowledged, PATIENCE, "acknowledged commands before the restart");
        cluster.stop();
        load.awaitAtLeast(5, outcome -> outcome.status() == 503, PATIENCE, "503 answers while the database is down");
        HttpApi.Answer readWhileDown = http.get("reviewer", "/api/assessments/assessment-2019-dongshan/totals");
        cluster.start();
        long acknowledgedBefore = load.count(CommandLoad.Outcome::acknowledged);
        load.awaitAtLeast(acknowledgedBefore + 10, CommandLoad.Outcome::acknowledged, PATIENCE,
                "acknowledged commands after the database is back");
        load.stop();

        List<CommandLoad.Outcome> outcomes = load.outcomes();
        System.out.println("PostgreSQL restart under load: answers by status " + load.summary());
        assertThat(launcher.isAlive()).isTrue();
        assertThat(outcomes).as(load.summary()).allSatisfy(outcome ->
                assertThat(outcome.acknowledged() || outcome.status() == 503).as(outcome.toString()).isTrue());
        assertThat(outcomes).filteredOn(outcome -> outcome.status() == 503).allSatisfy(outcome -> {
            assertThat(outcome.answer().contentType()).startsWith("application/problem+json");
            assertThat(outcome.answer().json().path("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(outcome.answer().header("Retry-After")).isNotBlank();
        });
        // the query side answers the same way
        assertThat(readWhileDown.status()).as(readWhileDown.toString()).isEqualTo(503);
        assertThat(readWhileDown.json().path("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(readWhileDown.header("Retry-After")).isNotBlank();

        StoredEvents events = StoredEvents.read(cluster.url("evaltrack"), "postgres", "");
        assertThat(outcomes).filteredOn(CommandLoad.Outcome::acknowledged).allSatisfy(outcome ->
                assertThat(events.mentioning(outcome.marker())).as("events of acknowledged " + outcome.marker()).isEqualTo(1));
        assertThat(events.brokenStreams()).as("streams whose sequence numbers are not 0..n-1").isEmpty();

        new Projections(() -> http, cluster.url("evaltrack"), "postgres", "").assertEqualToARebuild(PATIENCE);
    }
}

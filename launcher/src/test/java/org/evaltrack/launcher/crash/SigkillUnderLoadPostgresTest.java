package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.evaltrack.launcher.e2e.HttpApi;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as its own process on PostgreSQL, under load from several clients, killed with
 * SIGKILL and started again on the same database: every command that was answered 2xx has its
 * event in the store exactly once, no stream has a hole or a duplicate sequence number, a command
 * whose answer never came is there at most once, and the projections, after catching up on their
 * own, equal a rebuild from the events.
 */
@PostgresTest
class SigkillUnderLoadPostgresTest {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int SUBMITTERS = 3;

    private final PostgresTestDatabase database;
    private final String user;
    private final String password;
    private final LauncherProcess launcher;
    private volatile HttpApi http;

    SigkillUnderLoadPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.database = database;
        this.user = String.valueOf(database.springProperties().get("spring.datasource.username"));
        this.password = String.valueOf(database.springProperties().get("spring.datasource.password"));
        this.launcher = new LauncherProcess("sigkill", Path.of("target", "crash-logs"), database.url(), user, password, blobs);
    }

    @AfterEach
    void stop() throws InterruptedException {
        launcher.close();
    }

    @Test
    void acknowledgedCommandsSurviveASigkillUnderLoadAndProjectionsEqualARebuild() throws Exception {
        http = launcher.start(START).http();
        String run = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
        List<CommandLoad.Submitter> submitters = CommandLoad.seed(http, run, SUBMITTERS);
        CommandLoad load = new CommandLoad(() -> http, run, submitters);

        load.start();
        load.awaitAtLeast(25, CommandLoad.Outcome::acknowledged, PATIENCE, "acknowledged commands before the kill");
        long pid = launcher.pid();
        int exit = launcher.kill();
        // 128 + 9: the JVM really died of SIGKILL, no shutdown hook ran
        assertThat(exit).as("exit status of process " + pid).isEqualTo(137);
        load.awaitAtLeast(load.count(o -> true) + SUBMITTERS + 1, o -> true, PATIENCE, "answers after the kill");

        http = launcher.start(START).http();
        long beforeRestart = load.count(CommandLoad.Outcome::acknowledged);
        load.awaitAtLeast(beforeRestart + 10, CommandLoad.Outcome::acknowledged, PATIENCE, "acknowledged commands after the restart");
        load.stop();

        List<CommandLoad.Outcome> outcomes = load.outcomes();
        System.out.println("SIGKILL under load: answers by status " + load.summary() + " (-1: cut by the kill)");
        // a restarted node catching up may run out of pooled connections for a moment: that is a 503 to retry
        assertThat(outcomes).as(load.summary()).allSatisfy(outcome ->
                assertThat(outcome.unanswered() || outcome.acknowledged() || databaseUnavailable(outcome))
                        .as(outcome.toString()).isTrue());
        assertThat(outcomes).filteredOn(CommandLoad.Outcome::unanswered).as("requests cut by the kill").isNotEmpty();
        for (CommandLoad.Kind kind : CommandLoad.Kind.values()) {
            assertThat(outcomes).filteredOn(o -> o.kind() == kind && o.acknowledged()).as(kind + " acknowledged").isNotEmpty();
        }

        StoredEvents events = StoredEvents.read(database.url(), user, password);
        assertThat(outcomes).filteredOn(CommandLoad.Outcome::acknowledged).allSatisfy(outcome ->
                assertThat(events.mentioning(outcome.marker())).as("events of acknowledged " + outcome.marker()).isEqualTo(1));
        assertThat(outcomes).filteredOn(outcome -> !outcome.acknowledged()).allSatisfy(outcome ->
                assertThat(events.mentioning(outcome.marker())).as("events of unacknowledged " + outcome.marker()).isLessThanOrEqualTo(1));
        Map<String, List<Long>> broken = events.brokenStreams();
        assertThat(broken).as("streams whose sequence numbers are not 0..n-1").isEmpty();

        new Projections(() -> http, database.url(), user, password).assertEqualToARebuild(PATIENCE);
    }

    private static boolean databaseUnavailable(CommandLoad.Outcome outcome) {
        return outcome.status() == 503 && outcome.answer().json().path("code").asText().equals("DATABASE_UNAVAILABLE")
                && outcome.answer().header("Retry-After") != null;
    }
}

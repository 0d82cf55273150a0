package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.launcher.e2e.HttpApi;
import org.evaltrack.query.config.ProcessorStoreSettings;
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
 * The launcher with its real {@code postgres} profile: every pooled connection carries a
 * statement timeout and an idle-in-transaction timeout, both below the processors' gap timeout,
 * and PostgreSQL enforces them. A transaction that took a global index and then hung is ended by
 * PostgreSQL, so the hole it leaves is one a processor may safely give up on; processors pass
 * such holes without stopping.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionTimeoutsPostgresTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final PostgresTestDatabase database;
    private final String[] args;
    private ConfigurableApplicationContext context;

    ConnectionTimeoutsPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.database = database;
        // the test's URL, account and pool size override the profile's; the profile's timeouts stay
        this.args = database.args("--spring.profiles.active=postgres", "--server.port=0",
                "--evaltrack.demo.enabled=true", "--evaltrack.blobs.dir=" + blobs.toAbsolutePath());
    }

    @BeforeAll
    void start() {
        context = EvaltrackApplication.run(args);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aConnectionFromThePoolCarriesBothTimeouts() throws Exception {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            assertThat(settingMillis(connection, "statement_timeout")).isPositive();
            assertThat(settingMillis(connection, "idle_in_transaction_session_timeout")).isPositive();
        }
    }

    @Test
    void bothTimeoutsAreBelowTheGapTimeoutTheEventStoreReallyUses() throws Exception {
        ProcessorStoreSettings settings = context.getBean(ProcessorStoreSettings.class);
        EventStorageEngine engine = context.getBean(EventStorageEngine.class);
        assertThat(engine).isInstanceOf(JpaEventStorageEngine.class);
        Field gapTimeout = JpaEventStorageEngine.class.getDeclaredField("gapTimeout");
        gapTimeout.setAccessible(true);
        long engineGapMillis = gapTimeout.getInt(engine);

        assertThat(engineGapMillis).isEqualTo(settings.gapTimeout().toMillis());
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            assertThat(settingMillis(connection, "statement_timeout")).isPositive().isLessThan(engineGapMillis);
            assertThat(settingMillis(connection, "idle_in_transaction_session_timeout")).isPositive().isLessThan(engineGapMillis);
        }
    }

    @Test
    void aStatementRunningLongerThanTheTimeoutIsCancelled() throws Exception {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            long timeout = settingMillis(connection, "statement_timeout");
            long started = System.nanoTime();

            assertThatThrownBy(() -> connection.createStatement().execute("SELECT pg_sleep(" + (timeout / 1000 + 30) + ")"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014")); // query_canceled
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(timeout + 25_000));
        }
    }

    @Test
    void aTransactionLeftIdleHoldingAGlobalIndexIsEndedAndProcessorsPassTheHoleItLeaves() throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        HttpApi http = new HttpApi(((WebServerApplicationContext) context).getWebServer().getPort());
        Projections projections = new Projections(() -> http, database.url(),
                String.valueOf(database.springProperties().get("spring.datasource.username")),
                String.valueOf(database.springProperties().get("spring.datasource.password")));
        projections.awaitCaughtUp(PATIENCE);

        try (Connection hanging = dataSource.getConnection()) {
            long idleTimeout = settingMillis(hanging, "idle_in_transaction_session_timeout");
            hanging.setAutoCommit(false);
            // what an event insert does first: take the next global index, here never to commit
            try (ResultSet index = hanging.createStatement().executeQuery("SELECT nextval('domain_event_entry_global_index_seq')")) {
                index.next();
            }
            // meanwhile a command commits above the hole, and the projections reach it
            HttpApi.Answer adjusted = http.post("reviewer", "/api/assessments/assessment-2019-dongshan/adjustments",
                    "{\"indicatorCode\":\"1.1.1\",\"newScore\":13,\"reason\":\"beyond a hole in the global index\"}");
            assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
            projections.awaitCaughtUp(PATIENCE);
            assertThat(database.column("SELECT reason FROM trail_entry WHERE reason = 'beyond a hole in the global index'"))
                    .hasSize(1);

            // PostgreSQL ends the idle transaction's session once the timeout has passed
            CompletableFuture<SQLException> ended = CompletableFuture.supplyAsync(() -> {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(idleTimeout) + PATIENCE.toNanos();
                while (System.nanoTime() < deadline) {
                    if (terminatedBackends(hanging)) {
                        break;
                    }
                    LauncherProcess.pause(Duration.ofMillis(500));
                }
                try {
                    hanging.createStatement().execute("SELECT 1");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            SQLException failure = ended.get(idleTimeout + PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            assertThat((Throwable) failure).as("the idle transaction's session was ended").isNotNull();
        }
    }

    /** True once the session of this connection no longer exists on the server. */
    private boolean terminatedBackends(Connection hanging) {
        try {
            int pid = hanging.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            return database.column("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid).get(0)
                    .toString().equals("0");
        } catch (SQLException e) {
            return true;
        }
    }

    private static long settingMillis(Connection connection, String name) throws SQLException {
        try (ResultSet setting = connection.createStatement().executeQuery(
                "SELECT setting::bigint, unit FROM pg_settings WHERE name = '" + name + "'")) {
            setting.next();
            long value = setting.getLong(1);
            return "s".equals(setting.getString(2)) ? value * 1000 : value;
        }
    }
}

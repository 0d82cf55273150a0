package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.launcher.e2e.HttpApi;
import org.evaltrack.launcher.e2e.PageSession;
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
 * A running rebuild shows how far it has come, in the API and on the office's home page, and a second
 * rebuild is refused with 409 while it runs. A trigger that sleeps on every trail row keeps the replay
 * running long enough to look at it.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildProgressPostgresTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final PostgresTestDatabase database;
    private final String[] args;
    private ConfigurableApplicationContext context;
    private HttpApi http;

    RebuildProgressPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
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
        sql("DROP TRIGGER IF EXISTS slow_trail ON trail_entry");
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aRunningRebuildShowsItsProgressAndASecondOneIsRefused() throws Exception {
        Projections projections = projections();
        projections.awaitCaughtUp(PATIENCE);
        sql("""
                CREATE OR REPLACE FUNCTION slow_trail() RETURNS trigger AS $$
                BEGIN
                    PERFORM pg_sleep(0.02);
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        sql("CREATE TRIGGER slow_trail BEFORE INSERT ON trail_entry FOR EACH ROW EXECUTE FUNCTION slow_trail()");

        HttpApi.Answer first = http.post("office", "/api/projections/rebuild", null);
        assertThat(first.status()).as(first.toString()).isEqualTo(202);

        HttpApi.Answer second = http.post("office", "/api/projections/rebuild", null);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().path("code").asText()).isEqualTo("REBUILD_ALREADY_RUNNING");

        LauncherProcess.pause(Duration.ofMillis(1500));
        JsonNode status = http.get("office", "/api/projections/read-models").json();
        assertThat(status.path("replaying").asBoolean()).as("%s", status).isTrue();
        JsonNode rebuild = status.path("rebuild");
        assertThat(rebuild.path("total").asLong()).as("%s", rebuild).isEqualTo(status.path("headPosition").asLong() + 1);
        assertThat(rebuild.path("done").asLong()).as("%s", rebuild).isLessThan(rebuild.path("total").asLong());
        assertThat(rebuild.path("startedAt").isTextual()).as("%s", rebuild).isTrue();
        assertThat(rebuild.path("eventsPerSecond").asLong()).as("%s", rebuild).isPositive();
        assertThat(rebuild.path("secondsLeft").isNumber()).as("%s", rebuild).isTrue();

        String zh = officeHome("/?lang=zh-CN");
        assertThat(zh).contains("id=\"rebuild-progress\"", "读模型正在重建", "已重放");
        assertThat(officeHome("/?lang=en")).contains("The read models are being rebuilt", "events replayed");

        sql("DROP TRIGGER slow_trail ON trail_entry");
        projections.awaitCaughtUp(PATIENCE);
        JsonNode done = http.get("office", "/api/projections/read-models").json();
        assertThat(done.path("rebuild").isNull()).as("%s", done).isTrue();
        assertThat(officeHome("/")).doesNotContain("id=\"rebuild-progress\"");
        assertThat(http.post("office", "/api/projections/rebuild", null).status()).as("done: another may start").isEqualTo(202);
        projections.awaitCaughtUp(PATIENCE);
    }

    private String officeHome(String path) {
        var page = new PageSession(((WebServerApplicationContext) context).getWebServer().getPort()).signIn("office").get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private void sql(String statement) throws Exception {
        try (var connection = database.connect()) {
            connection.createStatement().execute(statement);
        }
    }

    private Projections projections() {
        var properties = database.springProperties();
        return new Projections(() -> http, database.url(), String.valueOf(properties.get("spring.datasource.username")),
                String.valueOf(properties.get("spring.datasource.password")));
    }
}

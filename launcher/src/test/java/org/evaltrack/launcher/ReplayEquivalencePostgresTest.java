package org.evaltrack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.evaltrack.query.admin.ProjectionAdmin;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference case and a review on top of it, entered over HTTP through the commands; then
 * every read model is thrown away and rebuilt from the events through the admin endpoint, and
 * must come out identical, row by row. Covers every projection of the query side, including
 * ones added after this test was written (tables are discovered, groups are all streaming ones).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayEquivalencePostgresTest {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String DONGSHAN = "/api/assessments/assessment-2019-dongshan";
    private static final String CHANGPUZI = "/api/assessments/assessment-2019-changpuzi";

    private final PostgresTestDatabase database;
    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext context;
    private String base;

    ReplayEquivalencePostgresTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void startWithTheReferenceCaseAndAReview() throws Exception {
        // the demo case is loaded through the commands before run() returns
        context = new SpringApplicationBuilder(EvaltrackApplication.class)
                .run(database.args("--server.port=0", "--evaltrack.demo.enabled=true"));
        base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();

        ok(post("dongshan", DONGSHAN + "/evidence/evidence-ds-03/withdrawal", "{\"reason\":\"文件有误，重新上传\"}"));
        ok(post("office", DONGSHAN + "/tasks/task-ds-02/reassignment",
                "{\"leaderId\":\"user-leader-01\",\"department\":\"财政所\",\"reason\":\"分管领导调整\"}"));
        ok(post("reviewer", DONGSHAN + "/adjustments",
                "{\"indicatorCode\":\"1.2.2\",\"newScore\":2,\"reason\":\"会议记录不全\"}"));
        ok(post("reviewer", DONGSHAN + "/adjustments",
                "{\"indicatorCode\":\"1.1.1\",\"newScore\":14.5,\"reason\":\"个别户档案不全\"}"));
        ok(post("reviewer", DONGSHAN + "/bonus-claims/bonus-ds-05/rejection", "{\"reason\":\"与 bonus-ds-04 重复申报\"}"));
        for (int claim = 1; claim <= 12; claim++) {
            if (claim != 5) { // every claim must be decided before the review is finalised
                ok(post("reviewer", DONGSHAN + "/bonus-claims/bonus-ds-%02d/verification".formatted(claim), "{\"note\":\"文件齐全\"}"));
            }
        }
        ok(post("reviewer", CHANGPUZI + "/vetoes", "{\"conditionCode\":\"VETO-SAFETY\",\"reason\":\"发生重大安全生产责任事故\"}"));
        ok(post("reviewer", DONGSHAN + "/finalization", null));
        awaitCaughtUp();
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void rebuildingEveryProjectionThroughTheEndpointGivesIdenticalReadModels() throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        Map<String, List<List<String>>> live = ReadModelDump.of(dataSource);
        assertThat(live).containsKeys("totals_item", "totals_evidence");
        assertThat(live.values().stream().mapToInt(List::size).sum()).isGreaterThan(50);
        // a stale value the rebuild must replace, proof that the tables are rebuilt and not left alone
        new JdbcTemplate(dataSource).update("UPDATE totals_item SET effective_value = effective_value + 1 WHERE effective_value IS NOT NULL");

        HttpResponse<String> rebuild = post("office", "/api/projections/rebuild", null);

        assertThat(rebuild.statusCode()).isEqualTo(202);
        awaitCaughtUp();
        assertThat(ReadModelDump.of(dataSource)).isEqualTo(live);
        assertThat(admin().statuses()).allSatisfy(status -> assertThat(status.deadLetters()).isZero());
    }

    @Test
    void theStatusListsEveryProjectionAgainstTheHeadOfTheStore() throws Exception {
        awaitCaughtUp();
        HttpResponse<String> status = get("office", "/api/projections");

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"group\":\"read-models\"", "\"caughtUp\":true", "\"headPosition\":")
                .doesNotContain("command-lookups");
    }

    @Test
    void onlyAnAdminMayRebuild() throws Exception {
        HttpResponse<String> reviewer = post("reviewer", "/api/projections/read-models/rebuild", null);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/api/projections/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reviewer.statusCode()).isEqualTo(403);
        assertThat(reviewer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(get("dongshan", "/api/projections").statusCode()).isEqualTo(403);
    }

    @Test
    void aCommandSideGroupIsNoProjection() throws Exception {
        HttpResponse<String> response = post("office", "/api/projections/command-lookups/rebuild", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("PROJECTION_NOT_FOUND");
    }

    private void awaitCaughtUp() {
        ProjectionAdmin admin = admin();
        assertThat(admin.groups()).containsExactly("read-models");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> admin.groups().stream().allMatch(admin::isCaughtUp));
    }

    private ProjectionAdmin admin() {
        return context.getBean(ProjectionAdmin.class);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(200, 299);
        return response;
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user));
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo12345").getBytes(StandardCharsets.UTF_8));
    }
}

package org.evaltrack.launcher.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.evaltrack.kernel.query.ReadPosition;
import org.evaltrack.launcher.e2e.HttpApi;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The docker-compose topology run for real, without Docker: nginx (docker/nginx.conf) in front of one
 * command-side node and two query-side nodes, each a process of its own started from its side's
 * executable jar with compose's environment, on PostgreSQL. Everything goes through nginx, as a browser
 * and an administrator would: the sign-in form, a claim read back at its position, an evidence file up
 * and down, the API documentation of both sides, and a rebuild of the read models.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopologyPostgresTest {

    private static final String ASSESSMENT = "/api/assessments/assessment-2019-dongshan";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PostgresTestDatabase database;
    private final Topology topology = new Topology();
    private BrowserLikeClient browser;
    private HttpApi admin;

    TopologyPostgresTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void start() throws IOException {
        LocalNginx.assumeInstalled();
        topology.start(database, Files.createTempDirectory("evaltrack-topology-blobs"));
        browser = new BrowserLikeClient(topology.port());
        admin = new HttpApi(topology.port());
        await("the read side has the demo case").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(this::caughtUp);
    }

    @AfterAll
    void stop() throws InterruptedException {
        topology.close();
    }

    @Test
    @Order(1)
    void theQueryNodesShareTheReadModelsSegments() {
        Set<String> nodes = new HashSet<>();
        topology.queryNodes().forEach(node -> nodes.add(node.pid() + "@"));
        await("each query node holds segments").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Set<String> owners = new HashSet<>();
            readModels().path("segments").forEach(segment -> owners.add(segment.path("owner").asText().replaceAll("@.*", "@")));
            return owners.equals(nodes);
        });
    }

    @Test
    @Order(2)
    void aRebuildThroughNginxIsAcceptedAndTheReadModelsComeBackWhole() {
        // the first change after the start: until every node has stored a token past it, the read side is
        // behind the head, and the tokens of the first build are still replay tokens
        HttpApi.Answer unit = admin.post("office", "/api/units", "{\"name\": \"拓扑测试单位\", \"kind\": \"TOWNSHIP\"}");
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        HttpApi.Answer rebuild = admin.post("office", "/api/projections/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        HttpApi.Answer again = admin.post("office", "/api/projections/rebuild", null);
        assertThat(again.status()).as("a second rebuild while one runs: " + again).isEqualTo(409);

        String trailBefore = admin.get("office", ASSESSMENT + "/trail").body();
        await("the rebuild switched in").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(this::caughtUp);
        assertThat(admin.get("office", ASSESSMENT + "/trail").body()).isEqualTo(trailBefore);
    }

    @Test
    @Order(3)
    void aBrowserSignsInThroughNginxClaimsAndReadsTheClaimBackAtItsPosition() {
        HttpApi.Answer reopened = admin.post("office", ASSESSMENT + "/reopening", "{\"reason\": \"经由 nginx 补充申报\"}");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        HttpResponse<String> signedIn = browser.signIn("dongshan", HttpApi.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        browser.openPage("/assessments/assessment-2019-dongshan");

        HttpResponse<String> claimed = browser.putJson(ASSESSMENT + "/claims/1.1.1",
                "{\"claimedScore\": 1.25, \"narrative\": \"经由 nginx 申报\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isBetween(200, 299);
        long position = Long.parseLong(claimed.headers().firstValue(ReadPosition.HEADER).orElseThrow());

        // several reads, so nginx sends them to both query nodes
        for (int read = 0; read < 4; read++) {
            HttpResponse<String> trail = browser.get(ASSESSMENT + "/trail", ReadPosition.HEADER, Long.toString(position));
            assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
            assertThat(Long.parseLong(trail.headers().firstValue(ReadPosition.HEADER).orElseThrow())).isGreaterThanOrEqualTo(position);
            assertThat(trail.body()).contains("经由 nginx 申报");
        }
    }

    @Test
    @Order(4)
    void evidenceUploadedThroughNginxDownloadsAsTheSameBytes() {
        byte[] content = ("经由 nginx 上传的佐证 " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = browser.upload(ASSESSMENT + "/evidence", "拓扑佐证.txt", content, "indicatorCodes", "1.1.1");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String evidenceId = json(uploaded.body()).path("id").asText();
        String position = uploaded.headers().firstValue(ReadPosition.HEADER).orElseThrow();

        for (int read = 0; read < 2; read++) {
            HttpResponse<byte[]> download = browser.download(ASSESSMENT + "/evidence/" + evidenceId + "/content",
                    ReadPosition.HEADER, position);
            assertThat(download.statusCode()).as(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(download.body()).isEqualTo(content);
        }
    }

    @Test
    @Order(5)
    void theApiDocumentationThroughNginxCoversBothSides() {
        JsonNode whole = json(admin.get(null, "/v3/api-docs").body());
        assertThat(whole.path("paths").has(ASSESSMENT.replace("assessment-2019-dongshan", "{assessmentId}") + "/totals"))
                .as("a query").isTrue();
        assertThat(whole.path("paths").path("/api/assessments/{assessmentId}/claims/{indicatorCode}").has("put"))
                .as("a command").isTrue();

        JsonNode config = json(admin.get(null, "/v3/api-docs/swagger-config").body());
        Set<String> groups = new HashSet<>();
        config.path("urls").forEach(url -> groups.add(url.path("url").asText()));
        assertThat(groups).as("the Swagger UI's list").containsExactlyInAnyOrder(
                "/v3/api-docs/command", "/v3/api-docs/query", "/v3/api-docs/admin");
        JsonNode commands = json(admin.get(null, "/v3/api-docs/command").body()).path("paths");
        assertThat(commands.path("/api/assessments/{assessmentId}/claims/{indicatorCode}").has("put")).as("commands").isTrue();
        JsonNode queries = json(admin.get(null, "/v3/api-docs/query").body()).path("paths");
        assertThat(queries.has("/api/assessments/{assessmentId}/totals")).as("queries").isTrue();
        assertThat(queries.has("/api/assessments/{assessmentId}/claims/{indicatorCode}")).as("no commands among the queries").isFalse();
        assertThat(json(admin.get(null, "/v3/api-docs/admin").body()).path("paths").has("/api/projections/rebuild")).isTrue();
        assertThat(admin.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private boolean caughtUp() {
        HttpApi.Answer statuses = admin.get("office", "/api/projections");
        return statuses.status() == 200 && StreamSupport.stream(json(statuses.body()).spliterator(), false)
                .allMatch(status -> status.path("caughtUp").asBoolean());
    }

    private JsonNode readModels() {
        return json(admin.get("office", "/api/projections/read-models").body());
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}

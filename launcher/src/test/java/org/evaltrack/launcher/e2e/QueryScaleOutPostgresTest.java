package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.evaltrack.launcher.ReadModelDump;
import org.evaltrack.query.QuerySideApplication;
import org.evaltrack.query.admin.ProjectionAdmin;
import org.evaltrack.query.admin.ProjectionStatus;
import org.evaltrack.query.config.SegmentBalancer;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two query-side nodes on one PostgreSQL: the whole system in this JVM and the query side alone in
 * a second JVM (a process of its own, so it can be killed like a crashed machine). They split every
 * projection's segments between them through the shared token store, both handle new events, and
 * when the second is killed (SIGKILL, no goodbye) the first takes over its segments once their
 * claims time out. The read models they built together equal the ones a single node rebuilds from
 * the events, row by row.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryScaleOutPostgresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final PostgresTestDatabase database;
    private final RunningSystem first;
    private final Path logs;
    private Process second;

    QueryScaleOutPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) throws Exception {
        this.database = database;
        this.first = new RunningSystem(database, blobs);
        this.logs = Files.createDirectories(Path.of("target", "scale-out"));
    }

    @BeforeAll
    void start() {
        first.start();
        await().atMost(PATIENCE).until(this::caughtUp);
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.destroyForcibly();
        }
        first.close();
    }

    @Test
    void twoNodesSplitTheSegmentsAndTheSurvivorTakesOverWhenOneDies() throws Exception {
        String firstNode = first.bean(SegmentBalancer.class).nodeId();
        second = startSecondNode();

        await("the two nodes split every projection's segments").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> groups().stream().allMatch(group -> {
                    Map<String, Long> owners = owners(group);
                    int segments = status(group).segments().size();
                    // every segment claimed, half by each: a segment still on its way to the second node
                    // would otherwise move after the positions below were read
                    return owners.size() == 2 && owners.getOrDefault(firstNode, 0L) == segments / 2
                            && owners.values().stream().mapToLong(Long::longValue).sum() == segments;
                }));
        String secondNode = owners("read-models").keySet().stream().filter(owner -> !owner.equals(firstNode)).findFirst().orElseThrow();
        assertThat(secondNode).startsWith(second.pid() + "@");
        Map<Integer, Long> before = positions("read-models", secondNode);

        registerUnits("分节点", 20);
        await().atMost(PATIENCE).until(this::caughtUp);
        Map<Integer, Long> after = positions("read-models", secondNode);
        assertThat(after.keySet()).as("segments still on the second node").isEqualTo(before.keySet());
        assertThat(after.entrySet()).as("the second node handled new events in its segments")
                .anyMatch(segment -> segment.getValue() != null
                        && (before.get(segment.getKey()) == null || segment.getValue() > before.get(segment.getKey())));

        second.destroyForcibly().waitFor();
        registerUnits("接管", 20);
        await("the survivor holds every segment again").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> groups().stream().allMatch(group -> owners(group).keySet().equals(java.util.Set.of(firstNode))));
        await().atMost(PATIENCE).until(this::caughtUp);

        assertThat(groups()).allSatisfy(group -> assertThat(status(group).deadLetters()).as(group + " dead letters").isZero());

        DataSource dataSource = first.bean(DataSource.class);
        Map<String, List<List<String>>> together = ReadModelDump.of(dataSource);
        first.bean(ProjectionAdmin.class).rebuildAll();
        await("a single node's rebuild").atMost(PATIENCE).until(this::caughtUp);
        Map<String, List<List<String>>> alone = ReadModelDump.of(dataSource);
        assertThat(alone.keySet()).isEqualTo(together.keySet());
        assertThat(alone).allSatisfy((table, rows) -> assertThat(rows).as(table).isEqualTo(together.get(table)));
    }

    private Process startSecondNode() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), QuerySideApplication.class.getName()));
        command.addAll(List.of(database.args("--server.port=0")));
        File log = logs.resolve("second-node.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private void registerUnits(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            HttpApi.Answer answer = first.http().post("office", "/api/units",
                    "{\"name\": \"" + prefix + "单位" + i + "\", \"kind\": \"TOWNSHIP\"}");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        }
    }

    private boolean caughtUp() {
        ProjectionAdmin admin = first.bean(ProjectionAdmin.class);
        return admin.groups().stream().allMatch(admin::isCaughtUp);
    }

    private List<String> groups() {
        return first.bean(ProjectionAdmin.class).groups();
    }

    private ProjectionStatus status(String group) {
        return first.bean(ProjectionAdmin.class).status(group);
    }

    private Map<String, Long> owners(String group) {
        return status(group).segments().stream().filter(segment -> segment.owner() != null)
                .collect(Collectors.groupingBy(ProjectionStatus.SegmentPosition::owner, Collectors.counting()));
    }

    private Map<Integer, Long> positions(String group, String owner) {
        Map<Integer, Long> positions = new java.util.HashMap<>();
        status(group).segments().stream().filter(segment -> owner.equals(segment.owner()))
                .forEach(segment -> positions.put(segment.segment(), segment.position()));
        return positions;
    }
}

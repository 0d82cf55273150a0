package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.evaltrack.command.CommandSideApplication;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
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
 * Two command-side nodes on one PostgreSQL (the whole system, and the command side alone in a
 * second context) take review adjustments for the same assessment at the same time. Writers of one
 * aggregate on different nodes are serialised by the store's unique (aggregate, sequence) index:
 * a loser hears 409 and the client sends again. Every acknowledged command is in the store exactly
 * once, the stream has no gap, and the hash chain, written by both nodes, is intact.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoCommandNodesPostgresTest {

    private static final String ASSESSMENT = "assessment-2019-dongshan";
    private static final String ADJUSTMENTS = "/api/assessments/" + ASSESSMENT + "/adjustments";
    private static final List<String> CLAIMED = List.of("1.1.1", "1.1.2", "1.1.3", "1.2.3", "1.2.4", "1.2.5", "1.2.6", "1.2.7");
    private static final int CLIENTS_PER_NODE = 4;
    private static final int COMMANDS_PER_CLIENT = 5;
    private static final int ATTEMPTS = 30;

    private final PostgresTestDatabase database;
    private final RunningSystem first;
    private final Path blobs;
    private ConfigurableApplicationContext second;
    private ExecutorService pool;

    TwoCommandNodesPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.database = database;
        this.blobs = blobs;
        this.first = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        first.start();
        second = CommandSideApplication.run(database.args("--server.port=0", "--evaltrack.demo.enabled=false",
                "--evaltrack.blobs.dir=" + blobs.toAbsolutePath()));
        pool = Executors.newFixedThreadPool(2 * CLIENTS_PER_NODE);
    }

    @AfterAll
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (second != null) {
            second.close();
        }
        first.close();
    }

    @Test
    void concurrentWritersOnTwoNodesLoseAndDuplicateNothing() throws Exception {
        List<HttpApi> nodes = List.of(first.http(), new HttpApi(((WebServerApplicationContext) second).getWebServer().getPort()));
        int before = first.events(ASSESSMENT).size();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> conflicts = Collections.synchronizedList(new ArrayList<>());

        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 2 * CLIENTS_PER_NODE; c++) {
            int client = c;
            HttpApi node = nodes.get(c % 2);
            clients.add(pool.submit(() -> {
                go.await();
                for (int k = 0; k < COMMANDS_PER_CLIENT; k++) {
                    String reason = "节点" + (client % 2) + "客户端" + client + "第" + k + "次";
                    String body = """
                            {"indicatorCode": "%s", "newScore": 1.%d, "reason": "%s"}"""
                            .formatted(CLAIMED.get((client + k) % CLAIMED.size()), k, reason);
                    for (int attempt = 1; ; attempt++) {
                        HttpApi.Answer answer = node.post("reviewer", ADJUSTMENTS, body);
                        if (answer.status() == 200) {
                            acknowledged.add(reason);
                            break;
                        }
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
                        conflicts.add(reason);
                        assertThat(attempt).as("attempts for " + reason).isLessThan(ATTEMPTS);
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> client : clients) {
            client.get();
        }

        List<DomainEventMessage<?>> events = first.events(ASSESSMENT);
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, events.size()).boxed().toList());
        assertThat(acknowledged).hasSize(2 * CLIENTS_PER_NODE * COMMANDS_PER_CLIENT);
        assertThat(events.subList(before, events.size()))
                .extracting(event -> ((ReviewAdjustmentMade) event.getPayload()).reason())
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(first.http().post("reviewer", "/api/assessments/" + ASSESSMENT + "/integrity-check", null).json()
                .path("intact").asBoolean()).as("hash chain written by both nodes").isTrue();
        // the two nodes did compete for the aggregate; without a conflict this test proves nothing
        assertThat(conflicts).as("conflicts between the nodes").isNotEmpty();
    }

    @Test
    void aNodeDecidesOnWhatTheOtherNodeAppendedSinceItLastHeldTheAssessment() {
        HttpApi firstNode = first.http();
        HttpApi secondNode = new HttpApi(((WebServerApplicationContext) second).getWebServer().getPort());
        String indicator = "1.1.2";

        // the first node now holds the assessment in memory; the second appends to it behind its back
        assertThat(firstNode.post("reviewer", ADJUSTMENTS, adjustment(indicator, "0.61", "第一节点复核")).status()).isEqualTo(200);
        assertThat(secondNode.post("reviewer", ADJUSTMENTS, adjustment(indicator, "0.62", "第二节点复核")).status()).isEqualTo(200);

        HttpApi.Answer third = firstNode.post("reviewer", ADJUSTMENTS, adjustment(indicator, "0.63", "第一节点再复核"));

        assertThat(third.status()).as("decided on the stored stream, not on a stale copy: " + third).isEqualTo(200);
        List<DomainEventMessage<?>> events = first.events(ASSESSMENT);
        ReviewAdjustmentMade last = (ReviewAdjustmentMade) events.get(events.size() - 1).getPayload();
        assertThat(last.reason()).isEqualTo("第一节点再复核");
        assertThat(last.previousScore().value()).as("before → after starts from the other node's score").isEqualByComparingTo("0.62");
    }

    private static String adjustment(String indicator, String score, String reason) {
        return """
                {"indicatorCode": "%s", "newScore": %s, "reason": "%s"}""".formatted(indicator, score, reason);
    }
}

package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * N reviewers hit one assessment of the demo case at the same moment over HTTP, on PostgreSQL.
 * With one If-Match version exactly one wins and the others hear 409; without it every command
 * lands, one after the other. Either way the stream keeps consecutive sequence numbers.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentCommandsPostgresTest {

    private static final int THREADS = 8;
    private static final String ASSESSMENT = "assessment-2019-dongshan";
    private static final String ADJUSTMENTS = "/api/assessments/" + ASSESSMENT + "/adjustments";
    /** Indicators the demo unit claimed, each worth at least 2 points. */
    private static final List<String> CLAIMED = List.of("1.1.1", "1.1.2", "1.1.3", "1.2.3", "1.2.4", "1.2.5", "1.2.6", "1.2.7");

    private final RunningSystem system;
    private ExecutorService pool;

    ConcurrentCommandsPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        system.start();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
        system.close();
    }

    @Test
    void conflictingCommandsWithOneExpectedVersionLetExactlyOneWin() throws Exception {
        long version = system.version(ASSESSMENT);
        int before = system.events(ASSESSMENT).size();

        List<HttpApi.Answer> answers = race(i -> system.http().post("reviewer", ADJUSTMENTS, """
                {"indicatorCode": "1.3.1", "newScore": %d.%d, "reason": "审核员%d的意见"}""".formatted(i % 3, i, i),
                "If-Match", "\"" + version + "\""));

        assertThat(answers).filteredOn(answer -> answer.status() / 100 == 2).as(answers.toString()).hasSize(1);
        List<HttpApi.Answer> refused = answers.stream().filter(answer -> answer.status() / 100 != 2).toList();
        assertThat(refused).hasSize(THREADS - 1).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("code").asText()).isEqualTo("CONCURRENT_MODIFICATION");
        });
        List<DomainEventMessage<?>> events = system.events(ASSESSMENT);
        assertThat(events).hasSize(before + 1);
        assertConsecutive(events);
        assertThat(events.get(before).getSequenceNumber()).isEqualTo(version + 1);
        assertThat(events.get(before).getPayload()).isInstanceOf(ReviewAdjustmentMade.class);
    }

    @Test
    void commandsWithoutExpectedVersionOnDifferentIndicatorsAllLandInSequence() throws Exception {
        int before = system.events(ASSESSMENT).size();

        List<HttpApi.Answer> answers = race(i -> system.http().post("reviewer", ADJUSTMENTS, """
                {"indicatorCode": "%s", "newScore": 1, "reason": "并发审核%d"}""".formatted(CLAIMED.get(i), i)));

        assertThat(answers).as(answers.toString()).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        List<DomainEventMessage<?>> events = system.events(ASSESSMENT);
        assertThat(events).hasSize(before + THREADS);
        assertConsecutive(events);
        assertThat(events.subList(before, events.size()))
                .allSatisfy(event -> assertThat(event.getPayload()).isInstanceOf(ReviewAdjustmentMade.class))
                .extracting(event -> ((ReviewAdjustmentMade) event.getPayload()).indicatorCode())
                .containsExactlyInAnyOrderElementsOf(CLAIMED);
    }

    /** Runs the requests on THREADS threads released at the same moment. */
    private List<HttpApi.Answer> race(IntFunction<HttpApi.Answer> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpApi.Answer>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return request.apply(index);
            }));
        }
        ready.await();
        go.countDown();
        List<HttpApi.Answer> answers = new ArrayList<>();
        for (Future<HttpApi.Answer> future : futures) {
            answers.add(future.get());
        }
        return answers;
    }

    private static void assertConsecutive(List<DomainEventMessage<?>> events) {
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, events.size()).boxed().toList());
    }
}

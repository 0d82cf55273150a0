package org.evaltrack.query.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.query.QuerySideApplication;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.evaltrack.testsupport.admin.WritingProbes;
import org.evaltrack.testsupport.probe.ProbeNoted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A projection's read-model writes and its token commit together: a handler that fails after
 * writing leaves no row behind, and the token either stays before the event (no dead-letter
 * queue) or the event waits in the dead-letter queue; retried or replayed, it is applied once.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionTransactionPostgresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final PostgresTestDatabase database;
    private ConfigurableApplicationContext context;

    ProjectionTransactionPostgresTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void start() throws Exception {
        try (var connection = database.connect()) {
            connection.createStatement().execute(WritingProbes.TABLE);
        }
        context = new SpringApplicationBuilder(QuerySideApplication.class, WritingProbes.class)
                .run(database.args("--server.port=0", WritingProbes.BLOCKING_OPT_OUT));
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void withoutADeadLetterQueueAFailureAfterTheWriteLeavesNeitherRowNorAdvancedToken() throws InterruptedException {
        var writer = context.getBean(WritingProbes.Blocking.class);
        writer.failOn.add(11);
        publish("probe-t1", 0, 11);
        long position = headPosition();

        Thread.sleep(3_000); // several retries of the failing batch
        assertThat(rows(WritingProbes.BLOCKING)).doesNotContain(11);
        assertThat(admin().status(WritingProbes.BLOCKING).segments())
                .allSatisfy(segment -> assertThat(segment.position() == null || segment.position() < position).isTrue());
        assertThat(admin().isCaughtUp(WritingProbes.BLOCKING)).isFalse();

        writer.failOn.clear();
        await().atMost(PATIENCE).until(() -> admin().isCaughtUp(WritingProbes.BLOCKING));
        assertThat(rows(WritingProbes.BLOCKING)).containsOnlyOnce(11);
    }

    @Test
    void withADeadLetterQueueAFailureAfterTheWriteLeavesNoRowAndTheEventWaitsForARetry() {
        var writer = context.getBean(WritingProbes.DeadLettered.class);
        writer.failOn.add(21);
        publish("probe-t2", 0, 21);

        await().atMost(PATIENCE).until(() -> admin().status(WritingProbes.DEAD_LETTERED).deadLetters() == 1);
        DeadLetterReport report = admin().deadLetters(WritingProbes.DEAD_LETTERED, 10);
        assertThat(report.letters()).singleElement().satisfies(letter -> {
            assertThat(letter.aggregateId()).isEqualTo("probe-t2");
            assertThat(letter.causeMessage()).contains("failing after the write of 21");
        });
        assertThat(rows(WritingProbes.DEAD_LETTERED)).doesNotContain(21);

        writer.failOn.clear();
        RetryResult retry = admin().retryDeadLetters(WritingProbes.DEAD_LETTERED);

        assertThat(retry.succeeded()).isEqualTo(1);
        assertThat(retry.remainingSequences()).isZero();
        assertThat(rows(WritingProbes.DEAD_LETTERED)).containsOnlyOnce(21);
    }

    @Test
    void aFailureInABatchRunWithoutSavepointsRollsTheBatchBackAndOnlyTheFailingEventIsDeadLettered() {
        var writer = context.getBean(WritingProbes.DeadLettered.class);
        writer.failOn.add(41);
        // published together, so that the processor takes them in as few batches as it can; the ids share a segment
        List<String> ids = idsInOneSegment(3);
        publishAll(List.of(event(ids.get(0), 0, 40), event(ids.get(1), 0, 41), event(ids.get(0), 1, 42), event(ids.get(2), 0, 43)));

        await().atMost(PATIENCE).until(() -> admin().status(WritingProbes.DEAD_LETTERED).deadLetters() == 1
                && rows(WritingProbes.DEAD_LETTERED).containsAll(List.of(40, 42, 43)));
        assertThat(rows(WritingProbes.DEAD_LETTERED)).containsOnlyOnce(40, 42, 43).doesNotContain(41);
        assertThat(admin().deadLetters(WritingProbes.DEAD_LETTERED, 10).letters()).singleElement().satisfies(letter -> {
            assertThat(letter.aggregateId()).isEqualTo(ids.get(1));
            assertThat(letter.causeMessage()).as("the handler's own failure, not the batch's").contains("failing after the write of 41");
        });
        // first run in a batch without savepoints, rolled back with it; then alone under its savepoint
        assertThat(writer.attempts.get(41)).isGreaterThanOrEqualTo(2);

        writer.failOn.clear();
        assertThat(admin().retryDeadLetters(WritingProbes.DEAD_LETTERED).succeeded()).isEqualTo(1);
        assertThat(rows(WritingProbes.DEAD_LETTERED)).containsOnlyOnce(40, 41, 42, 43);
    }

    @Test
    void aRebuildClearsTheTablesThroughTheResetHandlersAndReplaysEveryEventOnce() {
        publish("probe-t3", 0, 31);
        publish("probe-t3", 1, 32);
        await().atMost(PATIENCE).until(() -> admin().isCaughtUp(WritingProbes.DEAD_LETTERED));
        List<Integer> before = rows(WritingProbes.DEAD_LETTERED);
        assertThat(before).contains(31, 32);

        ProjectionStatus started = admin().rebuild(WritingProbes.DEAD_LETTERED);

        assertThat(started.running()).isTrue();
        await().atMost(PATIENCE).until(() -> admin().isCaughtUp(WritingProbes.DEAD_LETTERED));
        assertThat(rows(WritingProbes.DEAD_LETTERED)).isEqualTo(before); // a duplicate insert would fail the primary key
        assertThat(admin().status(WritingProbes.DEAD_LETTERED).deadLetters()).isZero();
    }

    private ProjectionAdmin admin() {
        return context.getBean(ProjectionAdmin.class);
    }

    private long headPosition() {
        return context.getBean(EventStore.class).createHeadToken().position().orElseThrow();
    }

    private List<Integer> rows(String group) {
        return context.getBean(JdbcTemplate.class).queryForList("select n from probe_row where grp = ? order by n", Integer.class, group);
    }

    private void publish(String aggregateId, long sequence, int n) {
        publishAll(List.of(event(aggregateId, sequence, n)));
    }

    private void publishAll(List<GenericDomainEventMessage<ProbeNoted>> events) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                context.getBean(EventStore.class).publish(events));
    }

    private static GenericDomainEventMessage<ProbeNoted> event(String aggregateId, long sequence, int n) {
        var event = new ProbeNoted(aggregateId, n, Score.of("1.50"), Instant.parse("2020-01-05T01:00:00Z"), LocalDate.of(2020, 1, 5));
        return new GenericDomainEventMessage<>("Probe", aggregateId, sequence, event);
    }

    /** Aggregate ids that the default per-aggregate sequencing sends to the same one of the 16 segments. */
    private static List<String> idsInOneSegment(int count) {
        Segment segment = Segment.computeSegment(0, IntStream.range(0, 16).toArray());
        return IntStream.iterate(0, i -> i + 1).mapToObj(i -> "probe-t4-" + i).filter(segment::matches).limit(count).toList();
    }
}

package org.evaltrack.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.QuerySideApplication;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.evaltrack.testsupport.probe.BlockingProjection;
import org.evaltrack.testsupport.probe.DeadLetteredProjection;
import org.evaltrack.testsupport.probe.KernelEventsProjection;
import org.evaltrack.testsupport.probe.ProbeNoted;
import org.evaltrack.testsupport.probe.ProbeProjections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Query-side streaming projections on PostgreSQL: events written before a restart are read by a
 * pooled streaming processor (AXON-NOTES 1), a failing handler never skips an event (AXON-NOTES 2),
 * and a rebuild is known to be done by comparing tokens with the store's head (AXON-NOTES 7).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingProjectionsPostgresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final SchemeDrafted SCHEME_DRAFTED = new SchemeDrafted(SchemeId.of("scheme-2019"), 2019,
            "2019年度绩效考核", "东政发〔2019〕1号", "县委办", new Deadlines(Instant.parse("2019-12-25T16:00:00Z"),
            Instant.parse("2020-01-10T16:00:00Z"), Instant.parse("2020-01-20T16:00:00Z")), Score.of("5.00"));
    private static final ScoreClaimed SCORE_CLAIMED = new ScoreClaimed(AssessmentId.of("assessment-1"),
            SchemeId.of("scheme-2019"), UnitId.of("dongshan"), "A-1.2", Score.of("6.00"), Score.of("7.75"),
            Score.of("8.00"), ScoringMode.STANDARD, "完成",
            List.of(new ReportedFigure("固定资产投资", new BigDecimal("1.79"), "亿元")), 2);

    private final PostgresTestDatabase database;
    private ConfigurableApplicationContext context;

    StreamingProjectionsPostgresTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void writeThenRestartWithProjections() {
        ConfigurableApplicationContext beforeRestart = new SpringApplicationBuilder(QuerySideApplication.class)
                .run(database.args("--server.port=0"));
        publish(beforeRestart, "scheme-2019", 0, SCHEME_DRAFTED);
        publish(beforeRestart, "assessment-1", 0, SCORE_CLAIMED);
        beforeRestart.close();

        context = new SpringApplicationBuilder(QuerySideApplication.class, ProbeProjections.class)
                .run(database.args("--server.port=0", BlockingProjection.OPT_OUT));
    }

    @AfterAll
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void eventsWrittenBeforeARestartReachAStreamingProjectionEqual() {
        var projection = context.getBean(KernelEventsProjection.class);
        await().atMost(PATIENCE).until(() -> projection.seen.size() >= 2);
        assertThat(projection.seen).containsExactlyInAnyOrder(SCHEME_DRAFTED, SCORE_CLAIMED); // segments run in parallel
    }

    @Test
    void projectionGroupsRunInPooledStreamingProcessors() {
        assertThat(processing().eventProcessor(DeadLetteredProjection.GROUP)).get()
                .isInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(processing().eventProcessor(KernelEventsProjection.GROUP)).get()
                .isInstanceOf(PooledStreamingEventProcessor.class);
    }

    @Test
    void aFailingEventIsDeadLetteredWithTheRestOfItsAggregateAndCanBeRetried() {
        var projection = context.getBean(DeadLetteredProjection.class);
        projection.failOn.add(2);
        publish(context, "probe-a", 0, noted("probe-a", 1));
        publish(context, "probe-a", 1, noted("probe-a", 2));
        publish(context, "probe-a", 2, noted("probe-a", 3));
        publish(context, "probe-b", 0, noted("probe-b", 4));

        var queue = processing().deadLetterQueue(DeadLetteredProjection.GROUP).orElseThrow();
        await().atMost(PATIENCE).until(() -> projection.handled.contains(4) && queue.sequenceSize("probe-a") == 2);
        assertThat(projection.handled).containsExactlyInAnyOrder(1, 4);
        assertThat(StreamSupport.stream(queue.deadLetterSequence("probe-a").spliterator(), false)
                .map(letter -> ((ProbeNoted) letter.message().getPayload()).n())).containsExactly(2, 3);

        projection.failOn.clear();
        assertThat(processing().sequencedDeadLetterProcessor(DeadLetteredProjection.GROUP).orElseThrow().processAny())
                .isTrue();

        assertThat(projection.handled).hasSize(4).endsWith(2, 3); // 1 and 4 ran in parallel segments
        assertThat(queue.size()).isZero();
    }

    @Test
    void withoutADeadLetterQueueAFailingEventHoldsTheTokenUntilItSucceeds() throws InterruptedException {
        var projection = context.getBean(BlockingProjection.class);
        var progress = context.getBean(ReplayProgress.class);
        projection.failOn.add(11);
        publish(context, "probe-c", 0, noted("probe-c", 11));
        publish(context, "probe-c", 1, noted("probe-c", 12));

        Thread.sleep(3_000);
        assertThat(projection.handled).doesNotContain(11, 12);
        assertThat(progress.isCaughtUp(BlockingProjection.GROUP)).isFalse();

        projection.failOn.clear();
        await().atMost(PATIENCE).until(() -> projection.handled.contains(12));
        assertThat(projection.handled).containsSubsequence(11, 12);
        await().atMost(PATIENCE).until(() -> progress.isCaughtUp(BlockingProjection.GROUP));
    }

    @Test
    void aRebuildIsDoneWhenTheTokensReachTheHeadNotWhenReplayingTurnsFalse() {
        var projection = context.getBean(KernelEventsProjection.class);
        var progress = context.getBean(ReplayProgress.class);
        await().atMost(PATIENCE).until(() -> progress.isCaughtUp(KernelEventsProjection.GROUP));
        StreamingEventProcessor processor = processing()
                .eventProcessor(KernelEventsProjection.GROUP, StreamingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        assertThat(progress.isCaughtUp(KernelEventsProjection.GROUP)).isFalse();
        processor.start();

        // never processor.isReplaying(): it may stay true after the replay (see ReplayProgress)
        await().atMost(PATIENCE).until(() -> progress.isCaughtUp(KernelEventsProjection.GROUP));
        assertThat(projection.resets).isEqualTo(1);
        assertThat(projection.seen).containsExactlyInAnyOrder(SCHEME_DRAFTED, SCORE_CLAIMED); // segments run in parallel
    }

    @Test
    void noColumnIsOidAndTokenAndDeadLetterColumnsAreBytea() {
        assertThat(database.column("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema AND data_type = 'oid'")).isEmpty();
        assertThat(database.column("SELECT DISTINCT data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema AND table_name IN ('token_entry', 'dead_letter_entry')"
                + " AND column_name IN ('token', 'payload', 'meta_data', 'diagnostics')"))
                .containsExactly("bytea");
    }

    private EventProcessingConfiguration processing() {
        return context.getBean(EventProcessingConfiguration.class);
    }

    private static ProbeNoted noted(String probeId, int n) {
        return new ProbeNoted(probeId, n, Score.of("1.50"), Instant.parse("2020-01-05T01:00:00Z"),
                LocalDate.of(2020, 1, 5));
    }

    private static void publish(ConfigurableApplicationContext context, String aggregateId, long sequence, Object event) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                context.getBean(EventStore.class).publish(
                        new GenericDomainEventMessage<>("Probe", aggregateId, sequence, event)));
    }
}

package org.evaltrack.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evaltrack.command.CommandSideApplication;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.testsupport.probe.ProbeFixtures;
import org.evaltrack.testsupport.probe.ProbeId;
import org.evaltrack.testsupport.probe.ProbeLookup;
import org.evaltrack.testsupport.probe.ProbeRecorded;
import org.evaltrack.testsupport.probe.RecordProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events written by one run of the command side are read back by the next one from the real
 * store (AXON-NOTES 1: XStream writes records but cannot read them; fixtures never serialize),
 * and the global index stays gap-free across that restart (AXON-NOTES 4).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventStoreRoundTripScenario {

    static final ProbeId PROBE = ProbeId.of("probe-1");
    static final RecordProbe FIRST = new RecordProbe(PROBE, UnitId.of("dongshan"), Score.of("12.50"),
            Instant.parse("2019-12-20T08:30:00.123456Z"), LocalDate.of(2019, 12, 31), "第一次 first");
    static final RecordProbe SECOND = new RecordProbe(PROBE, UnitId.of("dongshan"), Score.of("-3.00"),
            Instant.parse("2020-01-05T01:00:00Z"), LocalDate.of(2020, 1, 5), "second");
    static final SchemeDrafted SCHEME_DRAFTED = new SchemeDrafted(SchemeId.of("scheme-2019"), 2019,
            "2019年度绩效考核", "东政发〔2019〕1号", "县委办", new Deadlines(Instant.parse("2019-12-25T16:00:00Z"),
            Instant.parse("2020-01-10T16:00:00Z"), Instant.parse("2020-01-20T16:00:00Z")), Score.of("5.00"));
    static final ScoreClaimed SCORE_CLAIMED = new ScoreClaimed(AssessmentId.of("assessment-1"),
            SchemeId.of("scheme-2019"), UnitId.of("dongshan"), "A-1.2", null, Score.of("7.75"), Score.of("8.00"),
            ScoringMode.STANDARD, "完成", List.of(new ReportedFigure("固定资产投资", new BigDecimal("1.79"), "亿元")), 1);
    // no task ids: appended raw, a task id would make the close-out policy look for a ledger that was never written
    static final EvidenceAttached EVIDENCE_ATTACHED = new EvidenceAttached(AssessmentId.of("assessment-1"),
            UnitId.of("dongshan"), EvidenceId.of("evidence-1"), "台账.pdf", "application/pdf", 1234L,
            "ab".repeat(32), Set.of("A-1.2", "A-1.3"), Set.of(), Instant.parse("2020-01-02T03:04:05Z"),
            null, Instant.parse("2020-01-10T16:00:00Z"), false);

    private ConfigurableApplicationContext beforeRestart;
    private ConfigurableApplicationContext afterRestart;
    private List<Object> secondRunEvents;

    /** Command-line arguments that point the application at the database under test. */
    abstract String[] databaseArgs();

    /** First column of each row of a query on the database under test. */
    abstract List<Object> column(String sql);

    @BeforeAll
    void writeRestartAndWriteAgain() {
        beforeRestart = start();
        send(beforeRestart, FIRST);
        append(beforeRestart, "scheme-2019", 0, SCHEME_DRAFTED);
        append(beforeRestart, "assessment-1", 0, SCORE_CLAIMED);
        append(beforeRestart, "assessment-1", 1, EVIDENCE_ATTACHED);
        beforeRestart.close();

        afterRestart = start();
        send(afterRestart, SECOND);
        secondRunEvents = List.of(
                payloads(afterRestart, "probe-1"), payloads(afterRestart, "scheme-2019"),
                payloads(afterRestart, "assessment-1"));
    }

    @AfterAll
    void close() {
        if (afterRestart != null) {
            afterRestart.close();
        }
    }

    @Test
    void recordsWithScoresIdsAndTimesComeBackEqualAfterARestart() {
        assertThat(payloads(afterRestart, "probe-1")).containsExactly(
                recorded(FIRST, 1), recorded(SECOND, 2));
    }

    @Test
    void kernelEventsComeBackEqualAfterARestart() {
        assertThat(payloads(afterRestart, "scheme-2019")).containsExactly(SCHEME_DRAFTED);
        assertThat(payloads(afterRestart, "assessment-1")).containsExactly(SCORE_CLAIMED, EVIDENCE_ATTACHED);
    }

    @Test
    void anAggregateIsRebuiltFromItsStoredEventsAfterARestart() {
        // ordinal 2 only if the first run's event was read back into the aggregate
        assertThat(((List<?>) secondRunEvents.get(0))).last().isEqualTo(recorded(SECOND, 2));
    }

    @Test
    void payloadsAreStoredAsReadableJson() {
        assertThat(column("SELECT payload FROM domain_event_entry"))
                .isNotEmpty()
                .allSatisfy(payload -> assertThat(new String((byte[]) payload, StandardCharsets.UTF_8)).startsWith("{"));
        assertThat(column("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = 'scheme-2019'"))
                .singleElement()
                .satisfies(p -> assertThat(new String((byte[]) p, StandardCharsets.UTF_8))
                        .contains("\"claimsDue\":\"2019-12-25T16:00:00Z\"", "\"bonusCap\":5.00"));
    }

    @Test
    void globalIndexHasNoGapAcrossARestart() {
        List<Long> indexes = column("SELECT global_index FROM domain_event_entry ORDER BY global_index").stream()
                .map(value -> ((Number) value).longValue()).toList();
        assertThat(indexes).hasSize(5);
        assertThat(indexes.get(indexes.size() - 1) - indexes.get(0)).isEqualTo(indexes.size() - 1);
    }

    @Test
    void globalIndexSequenceIncrementsByOne() {
        assertThat(column("SELECT increment FROM information_schema.sequences"
                + " WHERE sequence_name = 'domain_event_entry_global_index_seq' AND sequence_schema = current_schema"))
                .singleElement().asString().isEqualTo("1");
    }

    @Test
    void aFailingInTransactionHandlerRejectsTheCommandAndNothingIsStored() {
        var exploding = new RecordProbe(ProbeId.of("probe-explodes"), UnitId.of("dongshan"), Score.of("1.00"),
                Instant.parse("2020-01-05T01:00:00Z"), LocalDate.of(2020, 1, 5), ProbeLookup.EXPLODE);

        assertThatThrownBy(() -> send(afterRestart, exploding)).hasMessageContaining("lookup refused");
        assertThat(column("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'probe-explodes'"))
                .singleElement().asString().isEqualTo("0");
    }

    @Test
    void commandSideLookupGroupsAreSubscribingProcessors() {
        var processing = afterRestart.getBean(EventProcessingConfiguration.class);
        assertThat(processing.eventProcessor("command-lookups")).get().isInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.deadLetterQueue("command-lookups")).isEmpty();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideApplication.class, ProbeFixtures.class)
                .run(databaseArgs());
    }

    private static void send(ConfigurableApplicationContext context, RecordProbe command) {
        context.getBean(CommandGateway.class).sendAndWait(command);
    }

    private static void append(ConfigurableApplicationContext context, String aggregateId, long sequence, Object event) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                context.getBean(EventStore.class).publish(
                        new GenericDomainEventMessage<>("Test", aggregateId, sequence, event)));
    }

    private static List<Object> payloads(ConfigurableApplicationContext context, String aggregateId) {
        return context.getBean(EventStore.class).readEvents(aggregateId).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    private static ProbeRecorded recorded(RecordProbe command, int ordinal) {
        return new ProbeRecorded(command.probeId(), command.unitId(), command.score(), command.at(), command.day(),
                command.note(), ordinal);
    }
}

package org.evaltrack.benchmarks.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.evaltrack.command.config.CommandAxonConfig;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.junit.jupiter.api.Test;

/** The generator on a small shape: what the harness bulk-loads must be what the command side would have stored. */
class EventGeneratorTest {

    private static final DataShape SHAPE = DataShape.counties(2, 3);

    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final GeneratedData data = EventGenerator.generate(SHAPE, 7L, events::add);

    @Test
    void writesAsManyEventsAsTheShapeSays() {
        assertThat(events).hasSize((int) SHAPE.totalEvents());
        assertThat(data.events()).isEqualTo(SHAPE.totalEvents());
        assertThat(data.assessments()).hasSize(SHAPE.assessments());
        assertThat(data.schemeIds()).hasSize(SHAPE.schemes());
    }

    @Test
    void everyAggregateHasGapFreeSequenceNumbersInStoreOrder() {
        Map<String, List<Long>> sequences = events.stream().collect(Collectors.groupingBy(
                DomainEventMessage::getAggregateIdentifier, LinkedHashMap::new,
                Collectors.mapping(DomainEventMessage::getSequenceNumber, Collectors.toList())));
        assertThat(sequences.values()).allSatisfy(numbers ->
                assertThat(numbers).containsExactlyElementsOf(LongStream.range(0, numbers.size()).boxed().toList()));
        assertThat(events).extracting(DomainEventMessage::getType)
                .containsOnly("AssessmentScheme", "AssessedUnit", "UnitAssessment", "TaskLedger");
    }

    @Test
    void theMixIsAYearOfAssessment() {
        Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(
                event -> event.getPayloadType().getSimpleName(), Collectors.counting()));
        int indicators = SHAPE.indicatorsPerScheme();
        assertThat(byType.get("ScoreClaimed")).isEqualTo((long) SHAPE.assessments() * (indicators + indicators / 4));
        assertThat(byType.get("EvidenceAttached")).isEqualTo((long) SHAPE.assessments() * indicators);
        assertThat(byType.get("TaskAssigned")).isEqualTo((long) SHAPE.assessments() * SHAPE.tasksPerAssessment());
        assertThat(byType.get("TaskClosedOut")).isEqualTo(byType.get("TaskAssigned"));
        assertThat(byType.get("ReviewAdjustmentMade")).isEqualTo((long) SHAPE.assessments() * SHAPE.adjustmentsPerAssessment());
        assertThat(byType.get("ReviewFinalized")).isEqualTo((long) SHAPE.assessments());
        assertThat(byType.get("UnitRegistered")).isEqualTo((long) SHAPE.assessments());
    }

    @Test
    void claimsStayWithinTheMaximumAndTheFinalTotalIsTheSumOfTheLastScores() {
        ScoreClaimed claim = payloads(ScoreClaimed.class).get(0);
        assertThat(payloads(ScoreClaimed.class)).allSatisfy(c ->
                assertThat(c.claimedScore().compareTo(c.maxPoints())).isLessThanOrEqualTo(0));
        assertThat(payloads(ReviewFinalized.class)).allSatisfy(finalized ->
                assertThat(finalized.total().value()).isEqualByComparingTo(finalized.baseScore().value().add(finalized.bonus().value())));
        assertThat(claim.revision()).isEqualTo(1);
    }

    @Test
    void aTaskIsClosedOutInTheSameRequestAsTheEvidenceThatClosesIt() {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getPayload() instanceof TaskClosedOut closed) {
                DomainEventMessage<?> evidence = events.get(i - 1);
                assertThat(evidence.getPayloadType().getSimpleName()).isEqualTo("EvidenceAttached");
                assertThat(evidence.getMetaData().get(ActorMetaData.CORRELATION_ID))
                        .isEqualTo(events.get(i).getMetaData().get(ActorMetaData.CORRELATION_ID));
                assertThat(closed.evidenceId().value()).isNotBlank();
            }
        }
    }

    @Test
    void everyEventCarriesTheActorMetaDataAndReadsBackEqualThroughTheApplicationsSerializer() {
        Serializer serializer = new CommandAxonConfig().serializer();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getMetaData()).containsKeys(ActorMetaData.USER_ID, ActorMetaData.ROLE, ActorMetaData.CORRELATION_ID);
            DomainEventEntry row = new DomainEventEntry(event, serializer);
            Object back = serializer.deserialize(row.getPayload());
            assertThat(back).isEqualTo(event.getPayload());
        });
    }

    @Test
    void theSameSeedGivesTheSameEvents() {
        List<DomainEventMessage<?>> again = new ArrayList<>();
        EventGenerator.generate(SHAPE, 7L, again::add);
        Function<DomainEventMessage<?>, Object> identity = event -> List.of(event.getIdentifier(), event.getPayload(), event.getTimestamp());
        assertThat(again).extracting(identity).containsExactlyElementsOf(events.stream().map(identity).toList());
    }

    private <T> List<T> payloads(Class<T> type) {
        return events.stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast).toList();
    }
}

package org.evaltrack.query.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's events fall in one sequence per aggregate: a dead letter holds back its own
 * aggregate's later events only, never another unit's or another scheme's. (That the projection
 * still gives the right scorecards when segments run apart: ScorecardProjectionTest's
 * out-of-order cases and the launcher's ReplayEquivalencePostgresTest.)
 */
class ScorecardSequencingTest {

    @Test
    void eachAggregateIsItsOwnSequenceSoNoSequenceSpansTheUnits() {
        Object dongshan = sequenceOf("assessment-2019-dongshan", 3);
        Object dongshanLater = sequenceOf("assessment-2019-dongshan", 9);
        Object changpuzi = sequenceOf("assessment-2019-changpuzi", 3);
        Object scheme = sequenceOf("scheme-2019", 0);
        Object unit = sequenceOf("unit-dongshan", 0);

        assertThat(dongshanLater).as("one assessment keeps its order").isEqualTo(dongshan);
        assertThat(changpuzi).as("another unit's assessment").isNotEqualTo(dongshan);
        assertThat(scheme).isNotEqualTo(dongshan).isNotEqualTo(changpuzi).isNotEqualTo(unit);
        // the queue keeps a String sequence as it is, so a letter names its aggregate
        assertThat(dongshan).isEqualTo("assessment-2019-dongshan");
    }

    private static Object sequenceOf(String aggregateId, long sequenceNumber) {
        EventMessage<?> event = new GenericDomainEventMessage<>("Any", aggregateId, sequenceNumber, "an event of " + aggregateId);
        return org.evaltrack.query.config.ReadModels.perAggregate().getSequenceIdentifierFor(event);
    }
}

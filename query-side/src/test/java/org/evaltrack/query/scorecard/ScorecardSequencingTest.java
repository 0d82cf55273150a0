package org.evaltrack.query.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;

class ScorecardSequencingTest {

    @Test
    void everyEventFallsInOneSequenceWhoseSegmentIsTheSameInEveryJvm() {
        Object first = ScorecardProcessingConfig.oneSequence().getSequenceIdentifierFor(GenericEventMessage.asEventMessage("a"));
        Object second = ScorecardProcessingConfig.oneSequence().getSequenceIdentifierFor(GenericEventMessage.asEventMessage(42));

        assertThat(first).isEqualTo(second);
        // a String's hash is fixed by the language, unlike the identity hash of Axon's SequentialPolicy
        // marker object: the same segment of 16 handles the group here, after a restart and on another node
        assertThat(first).isInstanceOf(String.class);
        java.util.List<Segment> sixteen = Segment.splitBalanced(Segment.ROOT_SEGMENT, 15);
        assertThat(sixteen).filteredOn(segment -> segment.matches(first)).singleElement()
                .extracting(Segment::getSegmentId).isEqualTo("scorecard".hashCode() & 15);
    }
}

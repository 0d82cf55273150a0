package org.evaltrack.query.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

class ReadSidePositionTest {

    @Test
    void withoutGapsTheIndexIsReached() {
        assertThat(ReadSidePosition.reached(GapAwareTrackingToken.newInstance(41, List.of()))).isEqualTo(41);
    }

    @Test
    void aGapHoldsThePositionBelowIt() {
        // 37 not yet seen (a transaction still open): 38..41 handled, but 37 and above are not all there
        assertThat(ReadSidePosition.reached(GapAwareTrackingToken.newInstance(41, List.of(37L, 40L)))).isEqualTo(36);
    }

    @Test
    void aReplayCountsWhatTheReplayHasReached() {
        ReplayToken replay = (ReplayToken) ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(90, List.of()),
                GapAwareTrackingToken.newInstance(12, List.of(10L)));
        assertThat(ReadSidePosition.reached(replay)).isEqualTo(9);
    }

    @Test
    void noTokenHasReachedNothing() {
        assertThat(ReadSidePosition.reached(null)).isEqualTo(-1);
        assertThat(ReadSidePosition.reached(new GlobalSequenceTrackingToken(5))).isEqualTo(5);
    }
}

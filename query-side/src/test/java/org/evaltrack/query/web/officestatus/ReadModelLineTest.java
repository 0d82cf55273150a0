package org.evaltrack.query.web.officestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.evaltrack.kernel.query.admin.ReadModelState;
import org.junit.jupiter.api.Test;

/** Which sentence the status page says for a read model, from the states GET /api/projections reports. */
class ReadModelLineTest {

    private static final Instant AT = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void caughtUpIsUpToDateWithNoLag() {
        ReadModelLine line = ReadModelLine.of(state(true, false, true, false, 105L, 105L, 0, null));
        assertThat(line.stateKey()).isEqualTo("readModels.state.upToDate");
        assertThat(line.state().lag()).isZero();
        assertThat(line.stalled()).isFalse();
        assertThat(line.nameKey()).isEqualTo("readModels.name.current");
    }

    @Test
    void behindSaysHowManyChangesAreStillToBeWritten() {
        ReadModelLine line = ReadModelLine.of(state(true, false, false, false, 105L, 98L, 0, null));
        assertThat(line.stateKey()).isEqualTo("readModels.state.behind");
        assertThat(line.state().lag()).isEqualTo(7);
    }

    @Test
    void atTheHeadWithDeadLettersIsNotCalledUpToDate() {
        ReadModelLine line = ReadModelLine.of(state(true, false, false, false, 105L, 105L, 3, null));
        assertThat(line.stateKey()).isEqualTo("readModels.state.upToDateButLetters");
    }

    @Test
    void aRebuildShowsItsShareDoneAndAStuckRebuildIsAStall() {
        ReadModelState.Rebuild going = new ReadModelState.Rebuild(40, 160, AT, 20L, 6L, null, 0);
        ReadModelLine rebuilding = ReadModelLine.of(state(true, false, false, true, 159L, 39L, 0, going));
        assertThat(rebuilding.stateKey()).isEqualTo("readModels.state.rebuilding");
        assertThat(rebuilding.percentDone()).isEqualTo(25);
        assertThat(rebuilding.stalled()).isFalse();

        ReadModelState.Rebuild stuck = new ReadModelState.Rebuild(40, 160, AT, null, null, "value too long for the column", 2);
        ReadModelLine stalled = ReadModelLine.of(state(true, false, false, true, 159L, 39L, 0, stuck));
        assertThat(stalled.stateKey()).isEqualTo("readModels.state.stalledRebuild");
        assertThat(stalled.stalled()).isTrue();
    }

    @Test
    void aProcessorInErrorIsAStallAndOneNotRunningHereIsSaidSo() {
        assertThat(ReadModelLine.of(state(true, true, false, false, 105L, 90L, 0, null)).stalled()).isTrue();
        assertThat(ReadModelLine.of(state(true, true, false, false, 105L, 90L, 0, null)).stateKey()).isEqualTo("readModels.state.error");
        assertThat(ReadModelLine.of(state(false, false, false, false, 105L, 90L, 0, null)).stateKey())
                .isEqualTo("readModels.state.notRunning");
    }

    @Test
    void beforeHandlingAnythingEveryChangeIsStillToBeWritten() {
        assertThat(state(true, false, false, false, 9L, null, 0, null).lag()).isEqualTo(10);
        assertThat(state(true, false, true, false, null, null, 0, null).lag()).as("an empty store").isZero();
    }

    private static ReadModelState state(boolean running, boolean error, boolean caughtUp, boolean replaying, Long head, Long position,
                                        long deadLetters, ReadModelState.Rebuild rebuild) {
        return new ReadModelState("read-models", running, error, caughtUp, replaying, head, position, deadLetters,
                deadLetters == 0 ? 0 : 1, null, rebuild);
    }
}

package org.evaltrack.query.web.drilldown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.evaltrack.kernel.query.totals.ProvenanceEntry;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

/** How the drill-down words an event behind a score: here the bonus cap's revisions. */
class ProvenanceLineTest {

    @Test
    void aBonusCapRevisionIsNamedAndMeasuredAsTheCap() {
        ProvenanceLine line = ProvenanceLine.of(entry(Score.of("1"), Score.of("1.5")), Map.of());

        assertThat(line.kindKey()).isEqualTo("drill.kind.BONUS_CAP_REVISED");
        assertThat(line.measureKey()).isEqualTo("drill.measure.cap");
        assertThat(line.before()).isEqualTo("1.00");
        assertThat(line.after()).isEqualTo("1.50");
        assertThat(line.reason()).isEqualTo("县委常委会决定");
    }

    @Test
    void aCapLiftedOrFirstSetLeavesTheMissingSideToThePagesWordsForNoCap() {
        ProvenanceLine lifted = ProvenanceLine.of(entry(Score.of("1.5"), null), Map.of());
        ProvenanceLine set = ProvenanceLine.of(entry(null, Score.of("8")), Map.of());

        assertThat(lifted.after()).isNull();
        assertThat(set.before()).isNull();
        assertThat(set.after()).isEqualTo("8.00");
    }

    private static ProvenanceEntry entry(Score before, Score after) {
        return new ProvenanceEntry("event-1", "BONUS_CAP_REVISED", Instant.parse("2020-01-22T01:00:00Z"), "user-office",
                "县绩效办", "ADMIN", "corr-1", "bonusCap", "县委常委会决定", before, after, null, null, true);
    }
}

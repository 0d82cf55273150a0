package org.evaltrack.query.web.drilldown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.evaltrack.kernel.assessment.AfterTheFact;
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

    @Test
    void anEntryMadeAfterTheFactSaysWhenItHappenedAndWhyBesideWhenItWasRecorded() {
        ProvenanceEntry claim = new ProvenanceEntry("event-2", "SCORE_CLAIMED", Instant.parse("2026-12-07T02:00:00Z"),
                "user-office", "县绩效办", "ADMIN", "corr-2", "1.1.1", null, null, Score.of("15"), null, null, true,
                new AfterTheFact(Instant.parse("2020-01-08T04:00:00Z"), Instant.parse("2026-12-07T02:00:00Z"), "按报告补录"));

        ProvenanceLine line = ProvenanceLine.of(claim, Map.of());
        ProvenanceLine live = ProvenanceLine.of(entry(null, Score.of("8")), Map.of());

        assertThat(line.when()).startsWith("2026-12-07 10:00");
        assertThat(line.statedWhen()).startsWith("2020-01-08 12:00");
        assertThat(line.statedWhy()).isEqualTo("按报告补录");
        assertThat(live.statedWhen()).isNull();
        assertThat(live.statedWhy()).isNull();
    }

    private static ProvenanceEntry entry(Score before, Score after) {
        return new ProvenanceEntry("event-1", "BONUS_CAP_REVISED", Instant.parse("2020-01-22T01:00:00Z"), "user-office",
                "县绩效办", "ADMIN", "corr-1", "bonusCap", "县委常委会决定", before, after, null, null, true);
    }
}

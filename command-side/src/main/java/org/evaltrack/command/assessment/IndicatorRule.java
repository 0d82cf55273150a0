package org.evaltrack.command.assessment;

import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;

/** How one indicator may be scored: STANDARD within [0, maxPoints], DEDUCTION_ONLY within [floor, 0]. */
public record IndicatorRule(String indicatorCode, String categoryCode, ScoringMode scoringMode, Score maxPoints, Score floor) {

    public Score lowest() {
        return scoringMode == ScoringMode.DEDUCTION_ONLY ? floor : Score.ZERO;
    }

    public Score highest() {
        return scoringMode == ScoringMode.DEDUCTION_ONLY ? Score.ZERO : maxPoints;
    }
}

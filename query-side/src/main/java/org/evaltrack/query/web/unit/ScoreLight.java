package org.evaltrack.query.web.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.evaltrack.kernel.score.Score;

/**
 * The score-rate traffic light of one indicator: effective score ÷ max points. The thresholds are stated here
 * only; the legend on the pages shows {@link #GREEN_PERCENT} and {@link #AMBER_PERCENT}.
 */
public enum ScoreLight {
    GREEN, AMBER, RED, GREY;

    public static final int GREEN_PERCENT = 90;
    public static final int AMBER_PERCENT = 60;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Grey while nothing counts yet (never claimed) or when the indicator has no positive maximum to measure by. */
    public static ScoreLight of(Score effective, Score max) {
        if (effective == null || max == null || max.value().signum() <= 0) {
            return GREY;
        }
        BigDecimal percent = effective.value().multiply(HUNDRED).divide(max.value(), 4, RoundingMode.HALF_UP);
        if (percent.compareTo(BigDecimal.valueOf(GREEN_PERCENT)) >= 0) {
            return GREEN;
        }
        return percent.compareTo(BigDecimal.valueOf(AMBER_PERCENT)) >= 0 ? AMBER : RED;
    }

    public int greenPercent() {
        return GREEN_PERCENT;
    }

    public int amberPercent() {
        return AMBER_PERCENT;
    }
}

package org.evaltrack.query.web.drilldown;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.evaltrack.kernel.score.Score;
import org.evaltrack.query.web.unit.ScoreLight;

/**
 * A category's score rate (subtotal ÷ budget) and its light, by {@link ScoreLight}'s thresholds; grey while
 * none of its indicators is claimed, as an unclaimed indicator is grey. The drill-down and the heat map share it.
 */
public final class CategoryLight {

    private CategoryLight() {
    }

    public static ScoreLight of(Score subtotal, Score budget, boolean anyClaim) {
        return anyClaim ? ScoreLight.of(subtotal == null ? Score.ZERO : subtotal, budget) : ScoreLight.GREY;
    }

    /** The rate in whole percent ("72 %"), "—" without a claim or a positive budget. */
    public static String percentShown(Score subtotal, Score budget, boolean anyClaim) {
        if (!anyClaim || subtotal == null || budget == null || budget.value().signum() <= 0) {
            return "—";
        }
        return subtotal.value().multiply(BigDecimal.valueOf(100)).divide(budget.value(), 0, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}

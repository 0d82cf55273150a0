package org.evaltrack.kernel.totals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evaltrack.kernel.score.Score;

/**
 * The totals arithmetic, written once: the aggregate, the totals, the discrepancies and the documents
 * all call it, so a figure means the same wherever it is shown. Pure: no state, no clock, no I/O.
 */
public final class TotalsArithmetic {

    private TotalsArithmetic() {
    }

    public static Totals compute(TotalsInput input) {
        BigDecimal base = BigDecimal.ZERO;
        Map<String, BigDecimal> byCategory = new HashMap<>();
        for (ScoredItem item : input.items()) {
            BigDecimal value = item.score() == null ? BigDecimal.ZERO : item.score().value();
            base = base.add(value);
            if (item.categoryCode() != null) {
                byCategory.merge(item.categoryCode(), value, BigDecimal::add);
            }
        }
        List<CategorySubtotal> categories = input.budgets().stream()
                .map(b -> new CategorySubtotal(b.categoryCode(), b.budget(),
                        Score.of(byCategory.getOrDefault(b.categoryCode(), BigDecimal.ZERO))))
                .toList();
        Score verifiedBonus = Score.sum(input.bonusPoints());
        Score cap = input.bonusCap();
        Score bonus = cap == null ? verifiedBonus : verifiedBonus.min(cap);
        boolean capReached = cap != null && verifiedBonus.compareTo(cap) > 0;
        Score baseScore = Score.of(base);
        return new Totals(baseScore, categories, verifiedBonus, cap, bonus, capReached, baseScore.plus(bonus),
                input.vetoed());
    }
}

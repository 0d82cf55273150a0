package org.evaltrack.kernel.totals;

import java.util.List;
import org.evaltrack.kernel.score.Score;

/**
 * What an assessment's totals are computed from.
 *
 * @param items       every indicator's counting score with its category
 * @param budgets     the categories in the order they are reported, each with its budget
 * @param bonusPoints the points of each bonus award that counts (verified ones; claimed ones where the
 *                    caller asks what the unit's own claims come to)
 * @param bonusCap    the scheme's cap on the bonus (加分封顶); null: no cap
 * @param vetoed      at least one veto condition (一票否决) is applied and not lifted
 */
public record TotalsInput(List<ScoredItem> items, List<CategoryBudget> budgets, List<Score> bonusPoints,
                          Score bonusCap, boolean vetoed) {
    public TotalsInput {
        items = items == null ? List.of() : List.copyOf(items);
        budgets = budgets == null ? List.of() : List.copyOf(budgets);
        bonusPoints = bonusPoints == null ? List.of() : List.copyOf(bonusPoints);
    }
}

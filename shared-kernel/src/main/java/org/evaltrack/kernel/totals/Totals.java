package org.evaltrack.kernel.totals;

import java.util.List;
import org.evaltrack.kernel.score.Score;

/**
 * An assessment's totals: the one meaning every view, export and document gives these names.
 *
 * @param base            Σ of the items' scores (基础分), deductions included
 * @param categories      each budgeted category's subtotal against its budget, in the budgets' order
 * @param verifiedBonus   Σ of the counted bonus points before the cap
 * @param bonusCap        the cap applied; null: none
 * @param bonus           verifiedBonus cut to the cap (加分)
 * @param bonusCapReached the cap cut the bonus
 * @param total           base + bonus (总分); a veto does not change it
 * @param vetoed          a veto condition is applied: the unit keeps its total but is not ranked
 */
public record Totals(Score base, List<CategorySubtotal> categories, Score verifiedBonus, Score bonusCap, Score bonus,
                     boolean bonusCapReached, Score total, boolean vetoed) {
    public Totals {
        categories = List.copyOf(categories);
    }
}

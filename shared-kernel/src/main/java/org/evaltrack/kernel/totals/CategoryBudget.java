package org.evaltrack.kernel.totals;

import java.util.Objects;
import org.evaltrack.kernel.score.Score;

/** A category's point budget (分值), against which its subtotal is held. */
public record CategoryBudget(String categoryCode, Score budget) {
    public CategoryBudget {
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(budget, "budget");
    }
}

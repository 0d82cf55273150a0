package org.evaltrack.kernel.totals;

import org.evaltrack.kernel.score.Score;

/** Σ of a category's item scores beside its budget; over budget is reported, never cut. */
public record CategorySubtotal(String categoryCode, Score budget, Score subtotal) {

    public boolean withinBudget() {
        return subtotal.compareTo(budget) <= 0;
    }
}

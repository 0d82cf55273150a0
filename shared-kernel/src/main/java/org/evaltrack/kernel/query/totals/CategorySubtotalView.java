package org.evaltrack.kernel.query.totals;

import org.evaltrack.kernel.score.Score;

/**
 * One category's subtotal against its budget.
 *
 * @param budget           the category's point budget (分值) as revised up to the instant asked for
 * @param claimedSubtotal  sum of the claims of its indicators
 * @param subtotal         sum of the effective scores of its indicators
 * @param withinBudget     the subtotal does not exceed the budget
 */
public record CategorySubtotalView(
        String categoryCode,
        String name,
        String section,
        Score budget,
        Score claimedSubtotal,
        Score subtotal,
        boolean withinBudget) {
}

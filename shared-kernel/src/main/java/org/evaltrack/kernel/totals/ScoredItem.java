package org.evaltrack.kernel.totals;

import org.evaltrack.kernel.score.Score;

/**
 * One indicator's score as it counts towards the totals: the claim, or the reviewer's adjustment where
 * one was made. A deduction-only item (反向扣分) counts with its negative score.
 *
 * @param score null while the indicator has no score; it then counts as zero
 */
public record ScoredItem(String indicatorCode, String categoryCode, Score score) {
}

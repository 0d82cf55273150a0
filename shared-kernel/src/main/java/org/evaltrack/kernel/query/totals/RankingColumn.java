package org.evaltrack.kernel.query.totals;

import org.evaltrack.kernel.score.Score;

/** A category column of a ranking. */
public record RankingColumn(String categoryCode, String name, Score budget) {
}

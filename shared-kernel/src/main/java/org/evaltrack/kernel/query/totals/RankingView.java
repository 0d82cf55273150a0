package org.evaltrack.kernel.query.totals;

import java.time.Instant;
import java.util.List;

import org.evaltrack.kernel.scheme.SchemeId;

/**
 * All units of a scheme ranked by total (排名); vetoed units are marked, unranked and listed last.
 *
 * @param categories the category columns, in scheme order; each row has a subtotal per column
 * @param asOf       the instant asked for; null: now
 */
public record RankingView(SchemeId schemeId, String title, Instant asOf, List<RankingColumn> categories, List<RankingRow> rows) {
    public RankingView {
        categories = categories == null ? List.of() : List.copyOf(categories);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}

package org.evaltrack.kernel.query.totals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/**
 * One unit in a ranking.
 *
 * @param rank                1 for the highest total, equal totals share a rank; null for a vetoed unit
 * @param categorySubtotals   effective subtotal per category code, in column order
 */
public record RankingRow(
        Integer rank,
        AssessmentId assessmentId,
        UnitId unitId,
        String unitName,
        AssessmentStatus status,
        Map<String, Score> categorySubtotals,
        Score base,
        Score bonus,
        Score total,
        boolean vetoed) {
    public RankingRow {
        categorySubtotals = categorySubtotals == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(categorySubtotals));
    }
}

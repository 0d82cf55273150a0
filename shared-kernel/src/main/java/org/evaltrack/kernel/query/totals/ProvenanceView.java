package org.evaltrack.kernel.query.totals;

import java.time.Instant;
import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/**
 * A figure of an assessment's totals and the events behind it, oldest first (得分反查).
 *
 * @param targetFound false when the category or indicator code asked for is not in the scheme
 * @param value       the figure at the instant asked for (a total, subtotal, bonus or indicator score)
 * @param note        why the figure is not simply the sum of the entries (bonus cap, veto); null otherwise
 */
public record ProvenanceView(
        AssessmentId assessmentId,
        UnitId unitId,
        ScorePart part,
        String code,
        Instant asOf,
        boolean targetFound,
        Score value,
        String note,
        List<ProvenanceEntry> entries) {
    public ProvenanceView {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}

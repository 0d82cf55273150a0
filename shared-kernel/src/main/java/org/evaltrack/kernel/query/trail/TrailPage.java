package org.evaltrack.kernel.query.trail;

import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * A page of trail rows.
 *
 * @param assessmentId the assessment asked for; null for a scheme's trail
 * @param unitId       that assessment's unit (or the unit a scheme's trail was narrowed to); null for all units
 * @param totalRows    rows matching the filter across all pages
 */
public record TrailPage(
        SchemeId schemeId,
        AssessmentId assessmentId,
        UnitId unitId,
        int page,
        int size,
        long totalRows,
        List<TrailEntryView> rows) {

    public TrailPage {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}

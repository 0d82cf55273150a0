package org.evaltrack.kernel.query.discrepancy;

import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.unit.UnitId;

/** One unit's own discrepancies within a scheme report (the scheme's are listed once, beside). */
public record UnitDiscrepanciesView(
        AssessmentId assessmentId,
        UnitId unitId,
        String unitName,
        AssessmentStatus status,
        List<DiscrepancyView> discrepancies) {
    public UnitDiscrepanciesView {
        discrepancies = discrepancies == null ? List.of() : List.copyOf(discrepancies);
    }
}

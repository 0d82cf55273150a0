package org.evaltrack.kernel.query.discrepancy;

import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * What does not add up in one unit's assessment.
 *
 * @param discrepancies       the assessment's own: totals, claims, evidence, bonus claims, figures
 * @param schemeDiscrepancies those of its scheme that bear on it: budget mismatches, assumed maxima
 */
public record AssessmentDiscrepanciesView(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        String unitName,
        AssessmentStatus status,
        List<DiscrepancyView> discrepancies,
        List<DiscrepancyView> schemeDiscrepancies) {
    public AssessmentDiscrepanciesView {
        discrepancies = discrepancies == null ? List.of() : List.copyOf(discrepancies);
        schemeDiscrepancies = schemeDiscrepancies == null ? List.of() : List.copyOf(schemeDiscrepancies);
    }
}

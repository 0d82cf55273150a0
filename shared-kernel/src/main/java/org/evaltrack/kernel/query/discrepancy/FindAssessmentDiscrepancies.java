package org.evaltrack.kernel.query.discrepancy;

import java.util.Objects;

import org.evaltrack.kernel.assessment.AssessmentId;

/** Answered with an optional {@link AssessmentDiscrepanciesView}; empty when the assessment is unknown. */
public record FindAssessmentDiscrepancies(AssessmentId assessmentId) {
    public FindAssessmentDiscrepancies {
        Objects.requireNonNull(assessmentId, "assessmentId");
    }
}

package org.evaltrack.kernel.query.totals;

import java.time.Instant;
import java.util.Objects;

import org.evaltrack.kernel.assessment.AssessmentId;

/**
 * The totals of one assessment; answered with an optional {@link AssessmentTotalsView}, empty when
 * the assessment is unknown or was not yet opened at {@code asOf}.
 *
 * @param asOf answer with what was known at this instant; null: now
 */
public record FindAssessmentTotals(AssessmentId assessmentId, Instant asOf) {
    public FindAssessmentTotals {
        Objects.requireNonNull(assessmentId, "assessmentId");
    }

    public FindAssessmentTotals(AssessmentId assessmentId) {
        this(assessmentId, null);
    }
}

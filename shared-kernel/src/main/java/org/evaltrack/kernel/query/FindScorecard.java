package org.evaltrack.kernel.query;

import java.util.Objects;

import org.evaltrack.kernel.assessment.AssessmentId;

/** The scorecard of one assessment; answered with an optional {@link ScorecardView}. */
public record FindScorecard(AssessmentId assessmentId) {
    public FindScorecard {
        Objects.requireNonNull(assessmentId, "assessmentId");
    }
}

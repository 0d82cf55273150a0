package org.evaltrack.kernel.query.ledger;

import java.util.Objects;

import org.evaltrack.kernel.assessment.AssessmentId;

/**
 * An assessment's ledger tasks for the office's set-up: open ones first, then by due date and when
 * assigned; answered with {@link AssessmentTasks} (empty for an unknown assessment).
 */
public record ListAssessmentTasks(AssessmentId assessmentId) {
    public ListAssessmentTasks {
        Objects.requireNonNull(assessmentId, "assessmentId");
    }
}

package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a submitted (to claims) or finalised (to review) assessment, with a reason. */
public record ReopenAssessment(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String reason) {
}

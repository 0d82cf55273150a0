package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer finalises the review; the assessment locks. */
public record FinalizeReview(
        @TargetAggregateIdentifier AssessmentId assessmentId) {
}

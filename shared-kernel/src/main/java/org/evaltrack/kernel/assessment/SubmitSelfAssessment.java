package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submit the self-assessment with the totals the unit declares; claims lock. */
public record SubmitSelfAssessment(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        DeclaredTotals declared) {
}

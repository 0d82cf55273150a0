package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer lifts a veto. */
public record LiftVeto(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String conditionCode,
        String reason) {
}

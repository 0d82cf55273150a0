package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer applies a veto (一票否决) by one of the scheme's conditions. */
public record ApplyVeto(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String conditionCode,
        String reason) {
}

package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer rejects a bonus claim, with a reason. */
public record RejectBonusAward(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        BonusClaimId bonusClaimId,
        String reason) {
}

package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer verifies a bonus claim. */
public record VerifyBonusAward(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        BonusClaimId bonusClaimId,
        String note) {
}

package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer verifies a bonus claim. */
public record VerifyBonusAward(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        BonusClaimId bonusClaimId,
        String note) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public VerifyBonusAward {
        TextRule.require(note, TextLimit.REASON, "note");
    }
}

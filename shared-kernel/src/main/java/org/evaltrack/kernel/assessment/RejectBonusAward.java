package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer rejects a bonus claim, with a reason. */
public record RejectBonusAward(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        BonusClaimId bonusClaimId,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public RejectBonusAward {
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

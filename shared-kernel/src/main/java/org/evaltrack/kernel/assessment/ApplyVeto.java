package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer applies a veto (一票否决) by one of the scheme's conditions. */
public record ApplyVeto(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String conditionCode,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public ApplyVeto {
        TextRule.require(conditionCode, TextLimit.CODE, "conditionCode");
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

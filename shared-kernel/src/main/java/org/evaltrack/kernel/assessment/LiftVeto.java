package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer lifts a veto. */
public record LiftVeto(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String conditionCode,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public LiftVeto {
        TextRule.require(conditionCode, TextLimit.CODE, "conditionCode");
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

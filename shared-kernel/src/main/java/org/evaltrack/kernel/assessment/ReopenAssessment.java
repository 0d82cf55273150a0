package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a submitted (to claims) or finalised (to review) assessment, with a reason. */
public record ReopenAssessment(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public ReopenAssessment {
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer rejects a piece of evidence. */
public record RejectEvidence(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        EvidenceId evidenceId,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public RejectEvidence {
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

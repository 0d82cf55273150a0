package org.evaltrack.kernel.ledger;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.assessment.EvidenceId;

/** Reopen a task because the evidence that closed it was withdrawn or rejected. */
public record ReopenTask(
        @TargetAggregateIdentifier LedgerId ledgerId,
        TaskId taskId,
        EvidenceId evidenceId,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public ReopenTask {
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

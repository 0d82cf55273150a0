package org.evaltrack.kernel.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.assessment.EvidenceId;

/** Reopen a task because the evidence that closed it was withdrawn or rejected. */
public record ReopenTask(
        @TargetAggregateIdentifier LedgerId ledgerId,
        TaskId taskId,
        EvidenceId evidenceId,
        String reason) {
}

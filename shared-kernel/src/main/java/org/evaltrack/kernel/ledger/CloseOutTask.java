package org.evaltrack.kernel.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.assessment.EvidenceId;

/** Close out a task because evidence linked to it arrived (提供一个、销号一个). */
public record CloseOutTask(
        @TargetAggregateIdentifier LedgerId ledgerId,
        TaskId taskId,
        EvidenceId evidenceId) {
}

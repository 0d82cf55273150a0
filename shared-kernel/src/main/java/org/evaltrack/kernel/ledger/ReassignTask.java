package org.evaltrack.kernel.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.actor.UserId;

/** Give a task to another leader or department, with a reason. */
public record ReassignTask(
        @TargetAggregateIdentifier LedgerId ledgerId,
        TaskId taskId,
        UserId leaderId,
        String department,
        String reason) {
}

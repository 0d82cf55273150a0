package org.evaltrack.kernel.ledger;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.actor.UserId;

/** Give a task to another leader or department, with a reason. */
public record ReassignTask(
        @TargetAggregateIdentifier LedgerId ledgerId,
        TaskId taskId,
        UserId leaderId,
        String department,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public ReassignTask {
        TextRule.require(department, TextLimit.NAME, "department");
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

package org.evaltrack.kernel.ledger;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.actor.UserId;

/** A task moved to another leader or department. */
@Revision("1")
public record TaskReassigned(
        LedgerId ledgerId,
        TaskId taskId,
        UserId previousLeaderId,
        UserId leaderId,
        String previousDepartment,
        String department,
        String reason) {
}

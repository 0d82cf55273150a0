package org.evaltrack.kernel.query.ledger;

import java.time.LocalDate;

/** A ledger task as the set-up lists it; {@code leaderName} is the leader's id when the account is gone. */
public record AssignedTask(String taskId, String indicatorCode, String title, String requiredItem, String leaderId,
                           String leaderName, String department, LocalDate dueDate, boolean closed) {
}

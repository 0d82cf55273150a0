package org.evaltrack.command.directory;

import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskId;

/** What the command side knows of a task outside its ledger aggregate. */
public record TaskRef(TaskId taskId, LedgerId ledgerId, AssessmentId assessmentId, UserId leaderId, boolean closed) {
}

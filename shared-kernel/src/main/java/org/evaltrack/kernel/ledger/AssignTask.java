package org.evaltrack.kernel.ledger;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;

/** Split a task out of an indicator into the unit's ledger (工作任务分解台账) for a responsible leader. */
public record AssignTask(
        @TargetAggregateIdentifier LedgerId ledgerId,
        TaskId taskId,
        AssessmentId assessmentId,
        String indicatorCode,
        String title,
        String requiredItem,
        UserId leaderId,
        String department,
        LocalDate dueDate) {
}

package org.evaltrack.kernel.ledger;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.evaltrack.kernel.limit.DateNotAcceptedException;
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
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public AssignTask {
        TextRule.require(indicatorCode, TextLimit.CODE, "indicatorCode");
        TextRule.require(title, TextLimit.NAME, "title");
        TextRule.require(requiredItem, TextLimit.REQUIRED_ITEM, "requiredItem");
        TextRule.require(department, TextLimit.NAME, "department");
        DateNotAcceptedException.require(dueDate, "dueDate");
    }
}

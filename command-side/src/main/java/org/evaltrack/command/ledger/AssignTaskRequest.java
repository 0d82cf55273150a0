package org.evaltrack.command.ledger;

import org.evaltrack.command.web.limit.AcceptedDate;
import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.AssignTask;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskId;

/**
 * A task split out of an indicator for one responsible leader (工作任务分解台账). Required here as the
 * ledger requires them, so the API description tells callers the truth.
 */
public record AssignTaskRequest(
        @NotBlank @Text(TextLimit.CODE) String indicatorCode,
        @NotBlank @Text(TextLimit.NAME) String title,
        @NotBlank @Text(TextLimit.REQUIRED_ITEM) String requiredItem,
        @NotBlank @Text(TextLimit.CODE) String leaderId,
        @NotBlank @Text(TextLimit.NAME) String department,
        @NotNull @AcceptedDate LocalDate dueDate) {

    AssignTask toCommand(AssessmentId assessmentId, TaskId taskId) {
        return new AssignTask(LedgerId.forAssessment(assessmentId), taskId, assessmentId, indicatorCode, title,
                requiredItem, UserId.of(leaderId), department, dueDate);
    }
}

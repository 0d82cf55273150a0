package org.evaltrack.command.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
        @NotBlank @Size(max = 64) String indicatorCode,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 1000) String requiredItem,
        @NotBlank @Size(max = 64) String leaderId,
        @NotBlank @Size(max = 200) String department,
        @NotNull LocalDate dueDate) {

    AssignTask toCommand(AssessmentId assessmentId, TaskId taskId) {
        return new AssignTask(LedgerId.forAssessment(assessmentId), taskId, assessmentId, indicatorCode, title,
                requiredItem, UserId.of(leaderId), department, dueDate);
    }
}

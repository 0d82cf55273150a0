package org.evaltrack.command.ledger;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.ReassignTask;
import org.evaltrack.kernel.ledger.TaskId;

public record ReassignTaskRequest(
        @NotBlank @Text(TextLimit.CODE) String leaderId,
        @Text(TextLimit.NAME) String department,
        @NotBlank @Text(TextLimit.REASON) String reason) {

    ReassignTask toCommand(AssessmentId assessmentId, TaskId taskId) {
        return new ReassignTask(LedgerId.forAssessment(assessmentId), taskId, UserId.of(leaderId), department, reason);
    }
}

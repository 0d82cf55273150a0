package org.evaltrack.command.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.ReassignTask;
import org.evaltrack.kernel.ledger.TaskId;

public record ReassignTaskRequest(
        @NotBlank @Size(max = 64) String leaderId,
        @Size(max = 200) String department,
        @NotBlank @Size(max = 2000) String reason) {

    ReassignTask toCommand(AssessmentId assessmentId, TaskId taskId) {
        return new ReassignTask(LedgerId.forAssessment(assessmentId), taskId, UserId.of(leaderId), department, reason);
    }
}

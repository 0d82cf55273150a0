package org.evaltrack.command.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.assessment.ApplyVeto;
import org.evaltrack.kernel.assessment.AssessmentId;

public record ApplyVetoRequest(
        @NotBlank @Size(max = 64) String conditionCode,
        @NotBlank @Size(max = 2000) String reason) {

    ApplyVeto toCommand(AssessmentId assessmentId) {
        return new ApplyVeto(assessmentId, conditionCode, reason);
    }
}

package org.evaltrack.command.assessment;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import org.evaltrack.kernel.assessment.ApplyVeto;
import org.evaltrack.kernel.assessment.AssessmentId;

public record ApplyVetoRequest(
        @NotBlank @Text(TextLimit.CODE) String conditionCode,
        @NotBlank @Text(TextLimit.REASON) String reason) {

    ApplyVeto toCommand(AssessmentId assessmentId) {
        return new ApplyVeto(assessmentId, conditionCode, reason);
    }
}

package org.evaltrack.command.assessment;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.OpenAssessment;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

public record OpenAssessmentRequest(
        @NotBlank @Text(TextLimit.CODE) String schemeId,
        @NotBlank @Text(TextLimit.CODE) String unitId) {

    OpenAssessment toCommand(AssessmentId assessmentId) {
        return new OpenAssessment(assessmentId, SchemeId.of(schemeId), UnitId.of(unitId));
    }
}

package org.evaltrack.command.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.OpenAssessment;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

public record OpenAssessmentRequest(
        @NotBlank @Size(max = 64) String schemeId,
        @NotBlank @Size(max = 64) String unitId) {

    OpenAssessment toCommand(AssessmentId assessmentId) {
        return new OpenAssessment(assessmentId, SchemeId.of(schemeId), UnitId.of(unitId));
    }
}

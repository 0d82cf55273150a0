package org.evaltrack.command.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.SubmitSelfAssessment;

public record SubmitSelfAssessmentRequest(@NotNull @Valid DeclaredTotalsRequest declared) {

    SubmitSelfAssessment toCommand(AssessmentId assessmentId) {
        return new SubmitSelfAssessment(assessmentId, declared.toTotals());
    }
}

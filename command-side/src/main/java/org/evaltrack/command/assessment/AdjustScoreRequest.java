package org.evaltrack.command.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.assessment.AdjustScore;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.score.Score;

public record AdjustScoreRequest(
        @NotBlank @Size(max = 64) String indicatorCode,
        @NotNull Score newScore,
        @NotBlank @Size(max = 2000) String reason) {

    AdjustScore toCommand(AssessmentId assessmentId) {
        return new AdjustScore(assessmentId, indicatorCode, newScore, reason);
    }
}

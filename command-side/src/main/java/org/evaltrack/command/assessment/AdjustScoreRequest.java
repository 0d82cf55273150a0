package org.evaltrack.command.assessment;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.assessment.AdjustScore;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.score.Score;

public record AdjustScoreRequest(
        @NotBlank @Text(TextLimit.CODE) String indicatorCode,
        @NotNull Score newScore,
        @NotBlank @Text(TextLimit.REASON) String reason) {

    AdjustScore toCommand(AssessmentId assessmentId) {
        return new AdjustScore(assessmentId, indicatorCode, newScore, reason);
    }
}

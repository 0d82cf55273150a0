package org.evaltrack.command.assessment;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.score.Score;

public record ClaimScoreRequest(
        @NotNull Score claimedScore,
        @Text(TextLimit.NARRATIVE) String narrative,
        @Size(max = 100) List<@NotNull @Valid ReportedFigureRequest> reportedFigures) {

    ClaimScore toCommand(AssessmentId assessmentId, String indicatorCode) {
        List<ReportedFigure> figures = reportedFigures == null ? List.of()
                : reportedFigures.stream().map(ReportedFigureRequest::toFigure).toList();
        return new ClaimScore(assessmentId, indicatorCode, claimedScore, narrative, figures);
    }
}

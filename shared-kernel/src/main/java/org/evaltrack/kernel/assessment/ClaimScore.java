package org.evaltrack.kernel.assessment;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Claim a score for one indicator (自查自评), with narrative and reported figures. */
public record ClaimScore(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String indicatorCode,
        Score claimedScore,
        String narrative,
        List<ReportedFigure> reportedFigures) {
    public ClaimScore {
        reportedFigures = reportedFigures == null ? List.of() : List.copyOf(reportedFigures);
    }
}

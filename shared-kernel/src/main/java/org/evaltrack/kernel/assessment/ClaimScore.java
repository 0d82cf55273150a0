package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.NumberLimit;
import org.evaltrack.kernel.limit.NumberNotAcceptedException;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
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
        TextRule.require(indicatorCode, TextLimit.CODE, "indicatorCode");
        TextRule.require(narrative, TextLimit.NARRATIVE, "narrative");
        if (reportedFigures != null) {
            reportedFigures.forEach(ClaimScore::requireWithinLimits);
        }
        reportedFigures = reportedFigures == null ? List.of() : List.copyOf(reportedFigures);
    }

    private static void requireWithinLimits(ReportedFigure figure) {
        if (figure == null) {
            return;
        }
        TextRule.require(figure.name(), TextLimit.NAME, "reportedFigures.name");
        TextRule.require(figure.unit(), TextLimit.FIGURE_UNIT, "reportedFigures.unit");
        NumberNotAcceptedException.require(figure.value(), NumberLimit.FIGURE_VALUE, "reportedFigures.value");
    }
}

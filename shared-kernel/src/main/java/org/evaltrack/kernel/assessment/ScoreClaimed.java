package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/** A unit claimed (or revised its claim of) a score for an indicator; {@code previousClaim} is null for the first claim. */
@Revision("1")
public record ScoreClaimed(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        String indicatorCode,
        Score previousClaim,
        Score claimedScore,
        Score maxPoints,
        ScoringMode scoringMode,
        String narrative,
        List<ReportedFigure> reportedFigures,
        int revision,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {
    @JsonCreator
    public ScoreClaimed {
        reportedFigures = reportedFigures == null ? List.of() : List.copyOf(reportedFigures);
    }

    /** Entered live, not after the fact. */
    public ScoreClaimed(AssessmentId assessmentId,
            SchemeId schemeId,
            UnitId unitId,
            String indicatorCode,
            Score previousClaim,
            Score claimedScore,
            Score maxPoints,
            ScoringMode scoringMode,
            String narrative,
            List<ReportedFigure> reportedFigures,
            int revision) {
        this(assessmentId, schemeId, unitId, indicatorCode, previousClaim, claimedScore, maxPoints, scoringMode, narrative, reportedFigures, revision, null);
    }
}

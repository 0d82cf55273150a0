package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/** A reviewer changed an indicator's effective score from {@code previousScore} (null: nothing claimed) to {@code newScore}. */
@Revision("1")
public record ReviewAdjustmentMade(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        String indicatorCode,
        Score previousScore,
        Score newScore,
        Score maxPoints,
        String reason,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {
    @JsonCreator
    public ReviewAdjustmentMade {
    }

    /** Entered live, not after the fact. */
    public ReviewAdjustmentMade(AssessmentId assessmentId,
            SchemeId schemeId,
            UnitId unitId,
            String indicatorCode,
            Score previousScore,
            Score newScore,
            Score maxPoints,
            String reason) {
        this(assessmentId, schemeId, unitId, indicatorCode, previousScore, newScore, maxPoints, reason, null);
    }
}

package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/** The review was finalised with these computed totals. */
@Revision("1")
public record ReviewFinalized(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        Score baseScore,
        Score bonus,
        Score total,
        boolean vetoed,
        Instant finalizedAt,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {
    @JsonCreator
    public ReviewFinalized {
    }

    /** Entered live, not after the fact. */
    public ReviewFinalized(AssessmentId assessmentId,
            SchemeId schemeId,
            UnitId unitId,
            Score baseScore,
            Score bonus,
            Score total,
            boolean vetoed,
            Instant finalizedAt) {
        this(assessmentId, schemeId, unitId, baseScore, bonus, total, vetoed, finalizedAt, null);
    }
}

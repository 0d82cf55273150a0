package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/** A unit submitted its self-assessment; declared totals stand beside the sums of its claims. */
@Revision("1")
public record SelfAssessmentSubmitted(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        DeclaredTotals declared,
        Score claimedBase,
        Score claimedBonus,
        Instant submittedAt,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {
    @JsonCreator
    public SelfAssessmentSubmitted {
    }

    /** Entered live, not after the fact. */
    public SelfAssessmentSubmitted(AssessmentId assessmentId,
            SchemeId schemeId,
            UnitId unitId,
            DeclaredTotals declared,
            Score claimedBase,
            Score claimedBonus,
            Instant submittedAt) {
        this(assessmentId, schemeId, unitId, declared, claimedBase, claimedBonus, submittedAt, null);
    }
}

package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;

/** A reviewer rejected a bonus claim. */
@Revision("1")
public record BonusAwardRejected(
        AssessmentId assessmentId,
        BonusClaimId bonusClaimId,
        BonusLevel level,
        Score points,
        BonusClaimId duplicateOf,
        String reason,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {
    @JsonCreator
    public BonusAwardRejected {
    }

    /** Entered live, not after the fact. */
    public BonusAwardRejected(AssessmentId assessmentId,
            BonusClaimId bonusClaimId,
            BonusLevel level,
            Score points,
            BonusClaimId duplicateOf,
            String reason) {
        this(assessmentId, bonusClaimId, level, points, duplicateOf, reason, null);
    }
}

package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;

/** A reviewer verified a bonus claim; its points count, up to the scheme's cap. */
@Revision("1")
public record BonusAwardVerified(
        AssessmentId assessmentId,
        BonusClaimId bonusClaimId,
        BonusLevel level,
        Score points,
        String note,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {
    @JsonCreator
    public BonusAwardVerified {
    }

    /** Entered live, not after the fact. */
    public BonusAwardVerified(AssessmentId assessmentId,
            BonusClaimId bonusClaimId,
            BonusLevel level,
            Score points,
            String note) {
        this(assessmentId, bonusClaimId, level, points, note, null);
    }
}

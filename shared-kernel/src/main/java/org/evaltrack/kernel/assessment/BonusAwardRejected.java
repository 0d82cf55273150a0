package org.evaltrack.kernel.assessment;

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
        String reason) {
}

package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;

/** A bonus award was claimed; {@code duplicateOf} names an earlier claim with the same normalised title, if any. */
@Revision("1")
public record BonusClaimed(
        AssessmentId assessmentId,
        BonusClaimId bonusClaimId,
        BonusLevel level,
        String title,
        String normalizedTitle,
        String source,
        LocalDate awardedOn,
        Score points,
        Set<EvidenceId> evidenceIds,
        BonusClaimId duplicateOf,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {
    @JsonCreator
    public BonusClaimed {
        evidenceIds = evidenceIds == null ? Set.of() : Set.copyOf(evidenceIds);
    }

    /** Entered live, not after the fact. */
    public BonusClaimed(AssessmentId assessmentId,
            BonusClaimId bonusClaimId,
            BonusLevel level,
            String title,
            String normalizedTitle,
            String source,
            LocalDate awardedOn,
            Score points,
            Set<EvidenceId> evidenceIds,
            BonusClaimId duplicateOf) {
        this(assessmentId, bonusClaimId, level, title, normalizedTitle, source, awardedOn, points, evidenceIds, duplicateOf, null);
    }
}

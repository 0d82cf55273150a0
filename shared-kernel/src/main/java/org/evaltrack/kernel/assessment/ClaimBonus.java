package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.evaltrack.kernel.limit.DateNotAcceptedException;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.scheme.BonusLevel;

/** Claim a bonus award (创先争优加分项) of a level. */
public record ClaimBonus(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        BonusClaimId bonusClaimId,
        BonusLevel level,
        String title,
        String source,
        LocalDate awardedOn,
        Set<EvidenceId> evidenceIds) {
    public ClaimBonus {
        TextRule.require(title, TextLimit.NAME, "title");
        TextRule.require(source, TextLimit.NAME, "source");
        DateNotAcceptedException.require(awardedOn, "awardedOn");
        evidenceIds = evidenceIds == null ? Set.of() : Set.copyOf(evidenceIds);
    }
}

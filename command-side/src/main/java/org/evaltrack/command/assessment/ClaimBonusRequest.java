package org.evaltrack.command.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.scheme.BonusLevel;

public record ClaimBonusRequest(
        @NotNull BonusLevel level,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String source,
        @NotNull LocalDate awardedOn,
        @Size(max = 100) List<@NotBlank @Size(max = 64) String> evidenceIds) {

    ClaimBonus toCommand(AssessmentId assessmentId, BonusClaimId bonusClaimId) {
        Set<EvidenceId> evidence = evidenceIds == null ? Set.<EvidenceId>of()
                : evidenceIds.stream().map(EvidenceId::of).collect(Collectors.toSet());
        return new ClaimBonus(assessmentId, bonusClaimId, level, title, source, awardedOn, evidence);
    }
}

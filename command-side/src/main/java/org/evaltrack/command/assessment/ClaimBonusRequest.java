package org.evaltrack.command.assessment;

import org.evaltrack.command.web.limit.AcceptedDate;
import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import io.swagger.v3.oas.annotations.media.Schema;
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

/** A bonus claim; {@code awardedOn} may be left out when the source gives no date (it is then recorded as unknown). */
public record ClaimBonusRequest(
        @NotNull BonusLevel level,
        @NotBlank @Text(TextLimit.NAME) String title,
        @Text(TextLimit.NAME) String source,
        @Schema(description = "表彰或报道日期；来源未注明时不填 / Award or feature date; left out when the source gives none",
                nullable = true) @AcceptedDate LocalDate awardedOn,
        @Size(max = 100) List<@NotBlank @Text(TextLimit.CODE) String> evidenceIds) {

    ClaimBonus toCommand(AssessmentId assessmentId, BonusClaimId bonusClaimId) {
        Set<EvidenceId> evidence = evidenceIds == null ? Set.<EvidenceId>of()
                : evidenceIds.stream().map(EvidenceId::of).collect(Collectors.toSet());
        return new ClaimBonus(assessmentId, bonusClaimId, level, title, source, awardedOn, evidence);
    }
}

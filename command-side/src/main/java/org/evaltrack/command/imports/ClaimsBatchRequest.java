package org.evaltrack.command.imports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.evaltrack.command.assessment.ReportedFigureRequest;
import org.evaltrack.command.web.limit.AcceptedDate;
import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;

/**
 * Every claim of an assessment in one request: the rows of the claims workbook as JSON lists, held to the
 * same row limits (2000 claims, 100 figures each, 200 bonus claims).
 */
public record ClaimsBatchRequest(
        @Size(max = 2000) List<@NotNull @Valid ClaimRow> claims,
        @Size(max = 200) List<@NotNull @Valid BonusRow> bonusClaims) {

    /** An indicator's claim; a row without a score is not claimed (a narrative without one is a problem). */
    public record ClaimRow(
            @Text(TextLimit.CODE) String indicatorCode,
            Score claimedScore,
            @Text(TextLimit.NARRATIVE) String narrative,
            @Size(max = ClaimsWorkbookParser.MAX_FIGURES) List<@NotNull @Valid ReportedFigureRequest> reportedFigures) {
    }

    /** A bonus claim; {@code awardedOn} may be left out when the source gives no date. */
    public record BonusRow(
            BonusLevel level,
            @Text(TextLimit.NAME) String title,
            @Text(TextLimit.NAME) String source,
            @AcceptedDate LocalDate awardedOn) {
    }

    public List<ClaimRow> claimRows() {
        return claims == null ? List.of() : claims;
    }

    public List<BonusRow> bonusRows() {
        return bonusClaims == null ? List.of() : bonusClaims;
    }
}

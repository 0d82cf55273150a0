package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

/** A new scheme; {@code bonusCap} left out means the scheme sets no cap on the bonus. */
public record DraftSchemeRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Text(TextLimit.NAME) String title,
        @Text(TextLimit.LABEL) String documentNumber,
        @Text(TextLimit.NAME) String issuer,
        @NotNull @Valid DeadlinesRequest deadlines,
        @Schema(description = "加分上限；不填表示方案不设上限 / The bonus cap; left out, the scheme sets no cap",
                nullable = true, example = "6") Score bonusCap) {

    DraftScheme toCommand(SchemeId schemeId) {
        return new DraftScheme(schemeId, year, title, documentNumber, issuer, deadlines.toDeadlines(), bonusCap);
    }
}

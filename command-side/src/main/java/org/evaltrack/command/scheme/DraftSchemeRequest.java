package org.evaltrack.command.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

public record DraftSchemeRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String documentNumber,
        @Size(max = 200) String issuer,
        @NotNull @Valid DeadlinesRequest deadlines,
        @NotNull Score bonusCap) {

    DraftScheme toCommand(SchemeId schemeId) {
        return new DraftScheme(schemeId, year, title, documentNumber, issuer, deadlines.toDeadlines(), bonusCap);
    }
}

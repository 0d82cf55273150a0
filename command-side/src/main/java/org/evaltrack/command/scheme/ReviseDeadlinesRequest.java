package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.scheme.ReviseDeadlines;
import org.evaltrack.kernel.scheme.SchemeId;

public record ReviseDeadlinesRequest(
        @NotNull @Valid DeadlinesRequest deadlines,
        @NotBlank @Text(TextLimit.REASON) String reason) {

    ReviseDeadlines toCommand(SchemeId schemeId) {
        return new ReviseDeadlines(schemeId, deadlines.toDeadlines(), reason);
    }
}

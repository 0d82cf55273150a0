package org.evaltrack.command.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.scheme.ReviseDeadlines;
import org.evaltrack.kernel.scheme.SchemeId;

public record ReviseDeadlinesRequest(
        @NotNull @Valid DeadlinesRequest deadlines,
        @NotBlank @Size(max = 2000) String reason) {

    ReviseDeadlines toCommand(SchemeId schemeId) {
        return new ReviseDeadlines(schemeId, deadlines.toDeadlines(), reason);
    }
}

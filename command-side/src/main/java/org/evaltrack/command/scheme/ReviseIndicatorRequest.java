package org.evaltrack.command.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.scheme.ReviseIndicator;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

public record ReviseIndicatorRequest(
        @NotNull Score maxPoints,
        Score floor,
        @NotBlank @Size(max = 2000) String reason) {

    ReviseIndicator toCommand(SchemeId schemeId, String indicatorCode) {
        return new ReviseIndicator(schemeId, indicatorCode, maxPoints, floor, reason);
    }
}

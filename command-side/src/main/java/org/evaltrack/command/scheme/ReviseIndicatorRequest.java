package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.scheme.ReviseIndicator;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

public record ReviseIndicatorRequest(
        @NotNull Score maxPoints,
        Score floor,
        @NotBlank @Text(TextLimit.REASON) String reason) {

    ReviseIndicator toCommand(SchemeId schemeId, String indicatorCode) {
        return new ReviseIndicator(schemeId, indicatorCode, maxPoints, floor, reason);
    }
}

package org.evaltrack.command.scheme;

import jakarta.validation.constraints.NotBlank;
import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.scheme.ReviseBonusCap;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

/** The new bonus cap and why; {@code bonusCap} left out or null lifts the cap. */
public record ReviseBonusCapRequest(
        Score bonusCap,
        @NotBlank @Text(TextLimit.REASON) String reason) {

    ReviseBonusCap toCommand(SchemeId schemeId) {
        return new ReviseBonusCap(schemeId, bonusCap, reason);
    }
}

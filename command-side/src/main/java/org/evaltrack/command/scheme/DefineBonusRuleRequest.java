package org.evaltrack.command.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.DefineBonusRule;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

public record DefineBonusRuleRequest(
        @NotNull BonusLevel level,
        @NotBlank @Size(max = 200) String name,
        @NotNull Score pointsPerItem) {

    DefineBonusRule toCommand(SchemeId schemeId) {
        return new DefineBonusRule(schemeId, level, name, pointsPerItem);
    }
}

package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.DefineBonusRule;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

public record DefineBonusRuleRequest(
        @NotNull BonusLevel level,
        @NotBlank @Text(TextLimit.NAME) String name,
        @NotNull Score pointsPerItem) {

    DefineBonusRule toCommand(SchemeId schemeId) {
        return new DefineBonusRule(schemeId, level, name, pointsPerItem);
    }
}

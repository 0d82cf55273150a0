package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.scheme.ReviseCategoryBudget;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

public record ReviseCategoryBudgetRequest(
        @NotNull Score budget,
        @NotBlank @Text(TextLimit.REASON) String reason) {

    ReviseCategoryBudget toCommand(SchemeId schemeId, String categoryCode) {
        return new ReviseCategoryBudget(schemeId, categoryCode, budget, reason);
    }
}

package org.evaltrack.command.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.scheme.ReviseCategoryBudget;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

public record ReviseCategoryBudgetRequest(
        @NotNull Score budget,
        @NotBlank @Size(max = 2000) String reason) {

    ReviseCategoryBudget toCommand(SchemeId schemeId, String categoryCode) {
        return new ReviseCategoryBudget(schemeId, categoryCode, budget, reason);
    }
}

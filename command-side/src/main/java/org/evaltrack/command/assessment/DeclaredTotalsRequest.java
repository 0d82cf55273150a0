package org.evaltrack.command.assessment;

import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.score.Score;

/** The totals as written in the unit's report, kept even when they do not add up. */
public record DeclaredTotalsRequest(
        @NotNull Score base,
        @NotNull Score bonus,
        @NotNull Score total) {

    DeclaredTotals toTotals() {
        return new DeclaredTotals(base, bonus, total);
    }
}

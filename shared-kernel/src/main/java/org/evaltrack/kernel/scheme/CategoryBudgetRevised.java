package org.evaltrack.kernel.scheme;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** A published category's budget was revised, with before and after values. */
@Revision("1")
public record CategoryBudgetRevised(
        SchemeId schemeId,
        String categoryCode,
        Score previousBudget,
        Score budget,
        String reason) {
}

package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Change a category's budget after publishing, with a reason. */
public record ReviseCategoryBudget(
        @TargetAggregateIdentifier SchemeId schemeId,
        String categoryCode,
        Score budget,
        String reason) {
}

package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Change a category's budget after publishing, with a reason. */
public record ReviseCategoryBudget(
        @TargetAggregateIdentifier SchemeId schemeId,
        String categoryCode,
        Score budget,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public ReviseCategoryBudget {
        TextRule.require(categoryCode, TextLimit.CODE, "categoryCode");
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

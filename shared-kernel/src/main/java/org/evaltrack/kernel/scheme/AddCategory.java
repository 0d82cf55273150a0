package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Add a category (类别) with its point budget to a drafted scheme. */
public record AddCategory(
        @TargetAggregateIdentifier SchemeId schemeId,
        String categoryCode,
        Section section,
        String name,
        Score budget) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public AddCategory {
        TextRule.require(categoryCode, TextLimit.CODE, "categoryCode");
        TextRule.require(name, TextLimit.NAME, "name");
    }
}

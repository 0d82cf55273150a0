package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Add a category (类别) with its point budget to a drafted scheme. */
public record AddCategory(
        @TargetAggregateIdentifier SchemeId schemeId,
        String categoryCode,
        Section section,
        String name,
        Score budget) {
}

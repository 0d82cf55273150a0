package org.evaltrack.kernel.scheme;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Add an indicator (指标) to a category. {@code floor} applies to deduction-only indicators; {@code assumption} records where a value was inferred rather than stated. */
public record AddIndicator(
        @TargetAggregateIdentifier SchemeId schemeId,
        String categoryCode,
        String indicatorCode,
        String name,
        ScoringMode scoringMode,
        Score maxPoints,
        Score floor,
        List<SubItem> subItems,
        String assumption) {
    public AddIndicator {
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }
}

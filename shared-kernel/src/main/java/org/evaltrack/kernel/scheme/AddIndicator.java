package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
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
        TextRule.require(categoryCode, TextLimit.CODE, "categoryCode");
        TextRule.require(indicatorCode, TextLimit.CODE, "indicatorCode");
        TextRule.require(name, TextLimit.NAME, "name");
        TextRule.require(assumption, TextLimit.REASON, "assumption");
        if (subItems != null) {
            subItems.forEach(item -> {
                TextRule.require(item.code(), TextLimit.CODE, "subItems.code");
                TextRule.require(item.name(), TextLimit.NAME, "subItems.name");
            });
        }
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }
}

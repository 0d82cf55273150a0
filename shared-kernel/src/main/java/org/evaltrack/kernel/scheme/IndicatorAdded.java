package org.evaltrack.kernel.scheme;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** An indicator became part of a category of a drafted scheme. */
@Revision("1")
public record IndicatorAdded(
        SchemeId schemeId,
        String categoryCode,
        String indicatorCode,
        String name,
        ScoringMode scoringMode,
        Score maxPoints,
        Score floor,
        List<SubItem> subItems,
        String assumption) {
    public IndicatorAdded {
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }
}

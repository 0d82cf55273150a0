package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.evaltrack.kernel.scheme.AddIndicator;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.score.Score;

/** {@code maxPoints} is 0 for a deduction-only indicator, whose {@code floor} says how far it can fall. */
public record AddIndicatorRequest(
        @NotBlank @Text(TextLimit.CODE) String categoryCode,
        @NotBlank @Text(TextLimit.CODE) String indicatorCode,
        @NotBlank @Text(TextLimit.NAME) String name,
        @NotNull ScoringMode scoringMode,
        @NotNull Score maxPoints,
        Score floor,
        @Size(max = 50) List<@NotNull @Valid SubItemRequest> subItems,
        @Text(TextLimit.REASON) String assumption) {

    AddIndicator toCommand(SchemeId schemeId) {
        List<SubItem> items = subItems == null ? List.of() : subItems.stream().map(SubItemRequest::toSubItem).toList();
        return new AddIndicator(schemeId, categoryCode, indicatorCode, name, scoringMode, maxPoints, floor, items, assumption);
    }
}

package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;

public record AddCategoryRequest(
        @NotBlank @Text(TextLimit.CODE) String categoryCode,
        @NotNull Section section,
        @NotBlank @Text(TextLimit.NAME) String name,
        @NotNull Score budget) {

    AddCategory toCommand(SchemeId schemeId) {
        return new AddCategory(schemeId, categoryCode, section, name, budget);
    }
}

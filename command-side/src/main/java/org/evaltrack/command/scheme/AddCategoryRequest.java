package org.evaltrack.command.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;

public record AddCategoryRequest(
        @NotBlank @Size(max = 64) String categoryCode,
        @NotNull Section section,
        @NotBlank @Size(max = 200) String name,
        @NotNull Score budget) {

    AddCategory toCommand(SchemeId schemeId) {
        return new AddCategory(schemeId, categoryCode, section, name, budget);
    }
}

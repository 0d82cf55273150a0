package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import org.evaltrack.kernel.scheme.SubItem;

public record SubItemRequest(
        @NotBlank @Text(TextLimit.CODE) String code,
        @NotBlank @Text(TextLimit.NAME) String name) {

    SubItem toSubItem() {
        return new SubItem(code, name);
    }
}

package org.evaltrack.command.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.scheme.SubItem;

public record SubItemRequest(
        @NotBlank @Size(max = 64) String code,
        @NotBlank @Size(max = 200) String name) {

    SubItem toSubItem() {
        return new SubItem(code, name);
    }
}

package org.evaltrack.command.unit;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.evaltrack.kernel.unit.RegisterUnit;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;

public record RegisterUnitRequest(
        @NotBlank @Text(TextLimit.NAME) String name,
        @NotNull UnitKind kind) {

    RegisterUnit toCommand(UnitId unitId) {
        return new RegisterUnit(unitId, name, kind);
    }
}

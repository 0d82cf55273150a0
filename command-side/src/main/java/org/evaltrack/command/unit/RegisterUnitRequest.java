package org.evaltrack.command.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.unit.RegisterUnit;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;

public record RegisterUnitRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitKind kind) {

    RegisterUnit toCommand(UnitId unitId) {
        return new RegisterUnit(unitId, name, kind);
    }
}

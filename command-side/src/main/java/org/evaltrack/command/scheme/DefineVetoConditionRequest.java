package org.evaltrack.command.scheme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.scheme.DefineVetoCondition;
import org.evaltrack.kernel.scheme.SchemeId;

public record DefineVetoConditionRequest(
        @NotBlank @Size(max = 64) String conditionCode,
        @NotBlank @Size(max = 200) String name) {

    DefineVetoCondition toCommand(SchemeId schemeId) {
        return new DefineVetoCondition(schemeId, conditionCode, name);
    }
}

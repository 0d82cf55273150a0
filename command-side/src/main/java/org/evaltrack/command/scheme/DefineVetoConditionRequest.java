package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import org.evaltrack.kernel.scheme.DefineVetoCondition;
import org.evaltrack.kernel.scheme.SchemeId;

public record DefineVetoConditionRequest(
        @NotBlank @Text(TextLimit.CODE) String conditionCode,
        @NotBlank @Text(TextLimit.NAME) String name) {

    DefineVetoCondition toCommand(SchemeId schemeId) {
        return new DefineVetoCondition(schemeId, conditionCode, name);
    }
}

package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Name a veto condition (一票否决). */
public record DefineVetoCondition(
        @TargetAggregateIdentifier SchemeId schemeId,
        String conditionCode,
        String name) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public DefineVetoCondition {
        TextRule.require(conditionCode, TextLimit.CODE, "conditionCode");
        TextRule.require(name, TextLimit.NAME, "name");
    }
}

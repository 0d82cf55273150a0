package org.evaltrack.kernel.unit;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register an assessed unit (被考核单位): a township or a department. */
public record RegisterUnit(
        @TargetAggregateIdentifier UnitId unitId,
        String name,
        UnitKind kind) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public RegisterUnit {
        TextRule.require(name, TextLimit.NAME, "name");
    }
}

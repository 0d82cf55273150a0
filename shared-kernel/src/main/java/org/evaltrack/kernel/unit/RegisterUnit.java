package org.evaltrack.kernel.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register an assessed unit (被考核单位): a township or a department. */
public record RegisterUnit(
        @TargetAggregateIdentifier UnitId unitId,
        String name,
        UnitKind kind) {
}

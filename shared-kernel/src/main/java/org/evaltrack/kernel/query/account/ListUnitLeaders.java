package org.evaltrack.kernel.query.account;

import java.util.Objects;

import org.evaltrack.kernel.unit.UnitId;

/** The enabled leader accounts of a unit, who may be given its tasks; answered with {@link UnitLeaders}. */
public record ListUnitLeaders(UnitId unitId) {
    public ListUnitLeaders {
        Objects.requireNonNull(unitId, "unitId");
    }
}

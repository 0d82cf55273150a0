package org.evaltrack.kernel.query.account;

import java.util.Objects;

import org.evaltrack.kernel.unit.UnitId;

/**
 * The people who may appear as actors in a unit's trail: the performance office (bound to no unit) and
 * that unit's own accounts, never other units' staff; answered with {@link TrailActors}.
 */
public record ListTrailActors(UnitId unitId) {
    public ListTrailActors {
        Objects.requireNonNull(unitId, "unitId");
    }
}

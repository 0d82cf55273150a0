package org.evaltrack.kernel.unit;

import org.axonframework.serialization.Revision;

/** An assessed unit was registered. */
@Revision("1")
public record UnitRegistered(
        UnitId unitId,
        String name,
        UnitKind kind) {
}

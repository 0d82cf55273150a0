package org.evaltrack.kernel.query;

/** A registered unit: id, name and kind (a {@code UnitKind} name). */
public record UnitSummary(String unitId, String name, String kind) {
}

package org.evaltrack.kernel.query.catalog;

import org.evaltrack.kernel.unit.UnitId;

/**
 * The registered units, by kind, then name; answered with {@link org.evaltrack.kernel.query.UnitSummaries}.
 *
 * @param onlyUnit only this unit (null: every unit), so a reader bound to a unit never receives another's
 */
public record ListUnitCatalog(UnitId onlyUnit) {
}

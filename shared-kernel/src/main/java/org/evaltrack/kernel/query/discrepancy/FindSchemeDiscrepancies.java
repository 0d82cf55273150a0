package org.evaltrack.kernel.query.discrepancy;

import java.util.Objects;

import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * Answered with an optional {@link SchemeDiscrepanciesView}; empty when the scheme is unknown.
 * {@code onlyUnit} narrows the units to one (null: all), so a reader bound to a unit never
 * receives another unit's rows.
 */
public record FindSchemeDiscrepancies(SchemeId schemeId, UnitId onlyUnit) {
    public FindSchemeDiscrepancies {
        Objects.requireNonNull(schemeId, "schemeId");
    }

    public FindSchemeDiscrepancies(SchemeId schemeId) {
        this(schemeId, null);
    }
}

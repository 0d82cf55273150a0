package org.evaltrack.kernel.query.trail;

import java.util.Objects;

import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * The audit trail of every assessment under a scheme; answered with a {@link TrailPage}.
 * {@code onlyUnit} narrows it to one unit (null: all units), so a caller bound to a unit never
 * receives other units' rows.
 */
public record FindSchemeTrail(SchemeId schemeId, UnitId onlyUnit, TrailFilter filter, TrailPaging paging) {
    public FindSchemeTrail {
        Objects.requireNonNull(schemeId, "schemeId");
        filter = filter == null ? TrailFilter.none() : filter;
        paging = paging == null ? TrailPaging.first(TrailOrder.NEWEST_FIRST) : paging;
    }
}

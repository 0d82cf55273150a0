package org.evaltrack.kernel.query.totals;

import java.time.Instant;
import java.util.Objects;

import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * The ranking of all units assessed under a scheme; answered with an optional {@link RankingView},
 * empty when the scheme is unknown. {@code onlyUnit} keeps only that unit's row (its rank still
 * counts every unit), so a reader bound to a unit never receives another unit's scores.
 *
 * @param asOf answer with what was known at this instant; null: now
 */
public record FindSchemeRanking(SchemeId schemeId, Instant asOf, UnitId onlyUnit) {
    public FindSchemeRanking {
        Objects.requireNonNull(schemeId, "schemeId");
    }
}

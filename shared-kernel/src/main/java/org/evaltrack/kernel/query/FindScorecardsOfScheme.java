package org.evaltrack.kernel.query;

import java.util.Objects;

import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * The scorecards of all assessments under a scheme, highest total first; answered with a list of
 * {@link ScorecardView}. {@code onlyUnit} narrows the answer to one unit (null: all units), so a
 * caller bound to a unit never receives other units' rows.
 */
public record FindScorecardsOfScheme(SchemeId schemeId, UnitId onlyUnit) {
    public FindScorecardsOfScheme {
        Objects.requireNonNull(schemeId, "schemeId");
    }

    public FindScorecardsOfScheme(SchemeId schemeId) {
        this(schemeId, null);
    }
}

package org.evaltrack.kernel.query.catalog;

import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * A page of assessments, newest year first, then by unit name; answered with {@link AssessmentPage}.
 * Every filter may be null.
 *
 * @param onlyUnit the unit a reader bound to a unit is narrowed to, applied in the query itself
 * @param page     from 0
 * @param size     1..{@value #MAX_SIZE}
 */
public record FindAssessmentPage(SchemeId schemeId, UnitId unitId, AssessmentStatus status, UnitId onlyUnit, int page,
                                 int size) {

    public static final int MAX_SIZE = 200;

    public FindAssessmentPage {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
        }
    }
}

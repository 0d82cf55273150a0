package org.evaltrack.kernel.query.totals;

import org.evaltrack.kernel.unit.UnitId;

/**
 * The assessments the totals know, latest opened first; answered with {@link AssessmentChoices}.
 *
 * @param onlyUnit only this unit's assessments (null: every unit's), so a reader bound to a unit is
 *                 never offered another unit's
 */
public record ListAssessments(UnitId onlyUnit) {
}

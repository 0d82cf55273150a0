package org.evaltrack.kernel.query.totals;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/** An assessment a page offers to choose, with its unit's name (its id when the unit is not known yet). */
public record AssessmentChoice(AssessmentId assessmentId, SchemeId schemeId, UnitId unitId, String unitName) {
}

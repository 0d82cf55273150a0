package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/** Open one unit's assessment under one published scheme. */
public record OpenAssessment(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId) {
}

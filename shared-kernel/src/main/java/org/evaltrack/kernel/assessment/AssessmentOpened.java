package org.evaltrack.kernel.assessment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/** A unit's assessment under a published scheme was opened. */
@Revision("1")
public record AssessmentOpened(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        int year,
        Instant openedAt) {
}

package org.evaltrack.kernel.assessment;

import org.axonframework.serialization.Revision;

/** An assessment was reopened: from SUBMITTED to OPEN, or from FINALIZED to SUBMITTED. */
@Revision("1")
public record AssessmentReopened(
        AssessmentId assessmentId,
        AssessmentStatus previousStatus,
        AssessmentStatus status,
        String reason) {
}

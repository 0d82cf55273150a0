package org.evaltrack.kernel.assessment;

import org.axonframework.serialization.Revision;

/** A veto was lifted. */
@Revision("1")
public record VetoLifted(
        AssessmentId assessmentId,
        String conditionCode,
        String reason) {
}

package org.evaltrack.kernel.assessment;

import org.axonframework.serialization.Revision;

/** A veto was applied to an assessment. */
@Revision("1")
public record VetoApplied(
        AssessmentId assessmentId,
        String conditionCode,
        String conditionName,
        String reason) {
}

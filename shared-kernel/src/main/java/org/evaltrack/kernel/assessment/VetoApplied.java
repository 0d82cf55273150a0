package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.axonframework.serialization.Revision;

/** A veto was applied to an assessment. */
@Revision("1")
public record VetoApplied(
        AssessmentId assessmentId,
        String conditionCode,
        String conditionName,
        String reason,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {
    @JsonCreator
    public VetoApplied {
    }

    /** Entered live, not after the fact. */
    public VetoApplied(AssessmentId assessmentId,
            String conditionCode,
            String conditionName,
            String reason) {
        this(assessmentId, conditionCode, conditionName, reason, null);
    }
}

package org.evaltrack.kernel.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.evaltrack.kernel.assessment.AssessmentId;

/**
 * Identifies the task ledger of one assessment. Derived from the assessment id so that evidence
 * attached to an assessment can find its ledger without a lookup.
 */
public record LedgerId(@JsonValue String value) {

    private static final String PREFIX = "ledger:";

    public LedgerId {
        Objects.requireNonNull(value, "LedgerId value");
        if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            throw new IllegalArgumentException("LedgerId must be 'ledger:<assessmentId>'");
        }
    }

    @JsonCreator
    public static LedgerId of(String value) {
        return new LedgerId(value);
    }

    public static LedgerId forAssessment(AssessmentId assessmentId) {
        return new LedgerId(PREFIX + assessmentId.value());
    }

    public AssessmentId assessmentId() {
        return new AssessmentId(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}

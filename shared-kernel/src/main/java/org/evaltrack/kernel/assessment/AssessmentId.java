package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one unit's assessment under one scheme. Serialised as its plain string value. */
public record AssessmentId(@JsonValue String value) {

    public AssessmentId {
        Objects.requireNonNull(value, "AssessmentId value");
        if (value.isBlank() || !TextRule.accepts(value, TextLimit.CODE)) {
            throw new IllegalArgumentException("AssessmentId must be 1..64 characters of plain one-line text");
        }
    }

    @JsonCreator
    public static AssessmentId of(String value) {
        return new AssessmentId(value);
    }

    public static AssessmentId random() {
        return new AssessmentId("assessment-" + UUID.randomUUID());
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}

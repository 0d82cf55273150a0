package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one piece of evidence within an assessment. Serialised as its plain string value. */
public record EvidenceId(@JsonValue String value) {

    public EvidenceId {
        Objects.requireNonNull(value, "EvidenceId value");
        if (value.isBlank() || !TextRule.accepts(value, TextLimit.CODE)) {
            throw new IllegalArgumentException("EvidenceId must be 1..64 characters of plain one-line text");
        }
    }

    @JsonCreator
    public static EvidenceId of(String value) {
        return new EvidenceId(value);
    }

    public static EvidenceId random() {
        return new EvidenceId("evidence-" + UUID.randomUUID());
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}

package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an assessment scheme. Serialised as its plain string value. */
public record SchemeId(@JsonValue String value) {

    public SchemeId {
        Objects.requireNonNull(value, "SchemeId value");
        if (value.isBlank() || !TextRule.accepts(value, TextLimit.CODE)) {
            throw new IllegalArgumentException("SchemeId must be 1..64 characters of plain one-line text");
        }
    }

    @JsonCreator
    public static SchemeId of(String value) {
        return new SchemeId(value);
    }

    public static SchemeId random() {
        return new SchemeId("scheme-" + UUID.randomUUID());
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}

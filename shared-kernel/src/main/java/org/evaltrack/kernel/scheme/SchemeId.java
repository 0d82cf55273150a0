package org.evaltrack.kernel.scheme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an assessment scheme. Serialised as its plain string value. */
public record SchemeId(@JsonValue String value) {

    public SchemeId {
        Objects.requireNonNull(value, "SchemeId value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("SchemeId must be 1..64 characters");
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

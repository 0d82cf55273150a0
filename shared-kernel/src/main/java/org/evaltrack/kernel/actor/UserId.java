package org.evaltrack.kernel.actor;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an account; opaque, so events carry no personal data. Serialised as its plain string value. */
public record UserId(@JsonValue String value) {

    public UserId {
        Objects.requireNonNull(value, "UserId value");
        if (value.isBlank() || !TextRule.accepts(value, TextLimit.CODE)) {
            throw new IllegalArgumentException("UserId must be 1..64 characters of plain one-line text");
        }
    }

    @JsonCreator
    public static UserId of(String value) {
        return new UserId(value);
    }

    public static UserId random() {
        return new UserId("user-" + UUID.randomUUID());
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}

package org.evaltrack.kernel.unit;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an assessed unit (township or department). Serialised as its plain string value. */
public record UnitId(@JsonValue String value) {

    public UnitId {
        Objects.requireNonNull(value, "UnitId value");
        if (value.isBlank() || !TextRule.accepts(value, TextLimit.CODE)) {
            throw new IllegalArgumentException("UnitId must be 1..64 characters of plain one-line text");
        }
    }

    @JsonCreator
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    public static UnitId random() {
        return new UnitId("unit-" + UUID.randomUUID());
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}

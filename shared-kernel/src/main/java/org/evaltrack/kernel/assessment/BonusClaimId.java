package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one bonus claim within an assessment. Serialised as its plain string value. */
public record BonusClaimId(@JsonValue String value) {

    public BonusClaimId {
        Objects.requireNonNull(value, "BonusClaimId value");
        if (value.isBlank() || !TextRule.accepts(value, TextLimit.CODE)) {
            throw new IllegalArgumentException("BonusClaimId must be 1..64 characters of plain one-line text");
        }
    }

    @JsonCreator
    public static BonusClaimId of(String value) {
        return new BonusClaimId(value);
    }

    public static BonusClaimId random() {
        return new BonusClaimId("bonus-" + UUID.randomUUID());
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}

package org.evaltrack.kernel.ledger;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one task in a task ledger. Serialised as its plain string value. */
public record TaskId(@JsonValue String value) {

    public TaskId {
        Objects.requireNonNull(value, "TaskId value");
        if (value.isBlank() || !TextRule.accepts(value, TextLimit.CODE)) {
            throw new IllegalArgumentException("TaskId must be 1..64 characters of plain one-line text");
        }
    }

    @JsonCreator
    public static TaskId of(String value) {
        return new TaskId(value);
    }

    public static TaskId random() {
        return new TaskId("task-" + UUID.randomUUID());
    }

    /** Axon uses toString() as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}

package org.evaltrack.kernel.scheme;

import java.time.Instant;
import java.util.Objects;

/** 时间节点: when claims, evidence and the review are due. */
public record Deadlines(Instant claimsDue, Instant evidenceDue, Instant reviewDue) {
    public Deadlines {
        Objects.requireNonNull(claimsDue, "claimsDue");
        Objects.requireNonNull(evidenceDue, "evidenceDue");
        Objects.requireNonNull(reviewDue, "reviewDue");
    }
}

package org.evaltrack.command.scheme;

import org.evaltrack.command.web.limit.AcceptedDate;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.evaltrack.kernel.scheme.Deadlines;

/** 时间节点 as ISO-8601 instants, e.g. 2019-12-10T16:00:00Z. */
public record DeadlinesRequest(
        @NotNull @AcceptedDate Instant claimsDue,
        @NotNull @AcceptedDate Instant evidenceDue,
        @NotNull @AcceptedDate Instant reviewDue) {

    Deadlines toDeadlines() {
        return new Deadlines(claimsDue, evidenceDue, reviewDue);
    }
}

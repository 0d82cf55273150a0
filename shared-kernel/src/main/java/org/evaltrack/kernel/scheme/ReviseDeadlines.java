package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.evaltrack.kernel.limit.DateNotAcceptedException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a published scheme's deadlines, with a reason. */
public record ReviseDeadlines(
        @TargetAggregateIdentifier SchemeId schemeId,
        Deadlines deadlines,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public ReviseDeadlines {
        if (deadlines != null) {
            DateNotAcceptedException.require(deadlines.claimsDue(), "claimsDue");
            DateNotAcceptedException.require(deadlines.evidenceDue(), "evidenceDue");
            DateNotAcceptedException.require(deadlines.reviewDue(), "reviewDue");
        }
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

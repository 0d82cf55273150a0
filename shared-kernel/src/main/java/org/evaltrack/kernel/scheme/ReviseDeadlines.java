package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a published scheme's deadlines, with a reason. */
public record ReviseDeadlines(
        @TargetAggregateIdentifier SchemeId schemeId,
        Deadlines deadlines,
        String reason) {
}

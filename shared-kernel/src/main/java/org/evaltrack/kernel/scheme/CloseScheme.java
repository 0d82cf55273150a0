package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a published scheme: no new assessments or revisions. */
public record CloseScheme(
        @TargetAggregateIdentifier SchemeId schemeId,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public CloseScheme {
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

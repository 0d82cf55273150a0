package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.evaltrack.kernel.score.Score;

/** Change a published scheme's cap on the bonus (加分上限), with a reason; a null cap lifts it. */
public record ReviseBonusCap(
        @TargetAggregateIdentifier SchemeId schemeId,
        Score bonusCap,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public ReviseBonusCap {
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

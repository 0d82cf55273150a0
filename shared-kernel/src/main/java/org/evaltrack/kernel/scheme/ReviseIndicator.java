package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Change an indicator's maximum (and floor) after publishing, with a reason. */
public record ReviseIndicator(
        @TargetAggregateIdentifier SchemeId schemeId,
        String indicatorCode,
        Score maxPoints,
        Score floor,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public ReviseIndicator {
        TextRule.require(indicatorCode, TextLimit.CODE, "indicatorCode");
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** A reviewer adjusts an indicator's score (审核调整), always with a reason. */
public record AdjustScore(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String indicatorCode,
        Score newScore,
        String reason) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public AdjustScore {
        TextRule.require(indicatorCode, TextLimit.CODE, "indicatorCode");
        TextRule.require(reason, TextLimit.REASON, "reason");
    }
}

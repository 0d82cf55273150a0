package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** A reviewer adjusts an indicator's score (审核调整), always with a reason. */
public record AdjustScore(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String indicatorCode,
        Score newScore,
        String reason) {
}

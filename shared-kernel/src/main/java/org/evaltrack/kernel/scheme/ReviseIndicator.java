package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Change an indicator's maximum (and floor) after publishing, with a reason. */
public record ReviseIndicator(
        @TargetAggregateIdentifier SchemeId schemeId,
        String indicatorCode,
        Score maxPoints,
        Score floor,
        String reason) {
}

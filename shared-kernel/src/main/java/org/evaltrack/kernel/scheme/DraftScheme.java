package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Draft a new assessment scheme (评估方案) for one year. */
public record DraftScheme(
        @TargetAggregateIdentifier SchemeId schemeId,
        int year,
        String title,
        String documentNumber,
        String issuer,
        Deadlines deadlines,
        Score bonusCap) {
}

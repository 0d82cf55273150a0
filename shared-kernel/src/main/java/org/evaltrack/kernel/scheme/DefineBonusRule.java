package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Define how many points one bonus award (创先争优加分项) of a level is worth. */
public record DefineBonusRule(
        @TargetAggregateIdentifier SchemeId schemeId,
        BonusLevel level,
        String name,
        Score pointsPerItem) {
}

package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Define how many points one bonus award (创先争优加分项) of a level is worth. */
public record DefineBonusRule(
        @TargetAggregateIdentifier SchemeId schemeId,
        BonusLevel level,
        String name,
        Score pointsPerItem) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public DefineBonusRule {
        TextRule.require(name, TextLimit.NAME, "name");
    }
}

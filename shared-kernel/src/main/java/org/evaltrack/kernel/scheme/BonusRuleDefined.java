package org.evaltrack.kernel.scheme;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** A bonus level was given its points per item. */
@Revision("1")
public record BonusRuleDefined(
        SchemeId schemeId,
        BonusLevel level,
        String name,
        Score pointsPerItem) {
}

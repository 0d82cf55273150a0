package org.evaltrack.kernel.scheme;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** A published scheme's bonus cap was revised, with before and after values; null means no cap. */
@Revision("1")
public record BonusCapRevised(
        SchemeId schemeId,
        Score previousBonusCap,
        Score bonusCap,
        String reason) {
}

package org.evaltrack.kernel.scheme;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** A scheme was drafted; it can be shaped until it is published. {@code bonusCap} null: the bonus has no cap. */
@Revision("1")
public record SchemeDrafted(
        SchemeId schemeId,
        int year,
        String title,
        String documentNumber,
        String issuer,
        Deadlines deadlines,
        Score bonusCap) {
}

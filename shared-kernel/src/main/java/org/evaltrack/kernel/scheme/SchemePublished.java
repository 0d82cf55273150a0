package org.evaltrack.kernel.scheme;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** A scheme was published and frozen; later changes are revisions with a reason. */
@Revision("1")
public record SchemePublished(
        SchemeId schemeId,
        int year,
        Score baseTotal,
        int categoryCount,
        int indicatorCount,
        Instant publishedAt) {
}

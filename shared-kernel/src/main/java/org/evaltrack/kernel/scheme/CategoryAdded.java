package org.evaltrack.kernel.scheme;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** A category with its point budget became part of a drafted scheme. */
@Revision("1")
public record CategoryAdded(
        SchemeId schemeId,
        String categoryCode,
        Section section,
        String name,
        Score budget) {
}

package org.evaltrack.kernel.scheme;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A scheme was closed. */
@Revision("1")
public record SchemeClosed(
        SchemeId schemeId,
        String reason,
        Instant closedAt) {
}

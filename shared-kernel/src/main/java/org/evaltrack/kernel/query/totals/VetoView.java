package org.evaltrack.kernel.query.totals;

import java.time.Instant;

/** A veto condition (一票否决) applied and not lifted. */
public record VetoView(String conditionCode, String name, String reason, String eventId, Instant appliedAt) {
}

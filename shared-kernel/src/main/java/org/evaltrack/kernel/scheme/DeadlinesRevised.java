package org.evaltrack.kernel.scheme;

import org.axonframework.serialization.Revision;

/** A published scheme's deadlines were moved. */
@Revision("1")
public record DeadlinesRevised(
        SchemeId schemeId,
        Deadlines previousDeadlines,
        Deadlines deadlines,
        String reason) {
}

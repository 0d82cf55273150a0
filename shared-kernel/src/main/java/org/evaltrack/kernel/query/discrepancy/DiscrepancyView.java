package org.evaltrack.kernel.query.discrepancy;

import java.util.List;

/**
 * One thing that does not add up.
 *
 * @param expected what the other data says it should be (scores with two decimals; figures with their unit)
 * @param found    what was found instead; "—" where nothing was found
 * @param eventIds identifiers (in the event store) of the events that establish it, each once
 */
public record DiscrepancyView(
        DiscrepancyKind kind,
        DiscrepancySeverity severity,
        DiscrepancySubject subject,
        String expected,
        String found,
        LocalizedMessage message,
        List<String> eventIds) {
    public DiscrepancyView {
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }
}

package org.evaltrack.kernel.query.trail;

import java.time.Instant;
import java.util.Set;

import org.evaltrack.kernel.actor.UserId;

/**
 * Narrows a trail; every criterion is optional (null / empty: not applied) and they combine with AND.
 *
 * @param indicatorCode          rows about this indicator only
 * @param actor                  rows caused by this user only
 * @param kinds                  rows of these kinds only
 * @param from                   rows that occurred at or after this instant
 * @param to                     rows that occurred before this instant (exclusive)
 * @param changedAfterSubmission only rows that occurred while a submission of the assessment was in force
 * @param asOf                   the trail as it was known at this instant (rows that occurred at or before it)
 */
public record TrailFilter(
        String indicatorCode,
        UserId actor,
        Set<TrailEntryKind> kinds,
        Instant from,
        Instant to,
        boolean changedAfterSubmission,
        Instant asOf) {

    public TrailFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (indicatorCode != null && indicatorCode.isBlank()) {
            indicatorCode = null;
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    public static TrailFilter none() {
        return new TrailFilter(null, null, Set.of(), null, null, false, null);
    }

    public static TrailFilter indicator(String indicatorCode) {
        return new TrailFilter(indicatorCode, null, Set.of(), null, null, false, null);
    }
}

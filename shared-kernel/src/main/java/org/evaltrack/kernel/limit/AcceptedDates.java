package org.evaltrack.kernel.limit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one range every date and instant a caller sends must lie in, in bodies and in query
 * parameters alike. Every read-model column holds this range on H2 and PostgreSQL.
 */
public final class AcceptedDates {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    public static final Instant EARLIEST = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Exclusive: the first instant after {@link #LATEST_DATE} in UTC. */
    public static final Instant AFTER_LATEST = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private AcceptedDates() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(AFTER_LATEST);
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }
}

package org.evaltrack.query.web.page;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.evaltrack.kernel.limit.AcceptedDates;

/**
 * Times on the pages are Beijing times (the county's, and the ledger's days), whatever zone the server or
 * the browser runs in: a reader picks "2020-01-10 23:59" meaning Beijing, and sees times the same way.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The value format of {@code <input type="datetime-local" step="1">}. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private BeijingTime() {
    }

    /**
     * A datetime-local value (with or without seconds) read as Beijing time. Blank: empty.
     *
     * @throws IllegalArgumentException when it is not such a value, or lies outside {@link AcceptedDates}
     */
    public static Optional<Instant> parseInput(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Instant parsed;
        try {
            parsed = LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(value, e);
        }
        if (!AcceptedDates.contains(parsed)) {
            throw new IllegalArgumentException(value + " is outside " + AcceptedDates.EARLIEST_DATE + ".." + AcceptedDates.LATEST_DATE);
        }
        return Optional.of(parsed);
    }

    /**
     * The end of the second a reader picked: "as of 10:00:05" includes what happened during that second.
     * Microseconds, the finest time the database keeps.
     */
    public static Optional<Instant> parseAsOf(String value) {
        return parseInput(value).map(start -> start.plusSeconds(1).minus(1, ChronoUnit.MICROS));
    }

    /** For an input's value; null stays null. Seconds are kept, fractions dropped. */
    public static String input(Instant instant) {
        return instant == null ? null : INPUT.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }

    /** For reading. */
    public static String show(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(ZONE));
    }
}

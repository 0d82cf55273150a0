package org.evaltrack.kernel.limit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where a stated date of an entry made after the fact (补录) may lie: from the first day of the scheme's
 * year to the end of the year after it (a year's claims, evidence and review run into the next spring),
 * and never after the moment it is recorded. Inside {@link AcceptedDates} as well.
 */
public final class StatedDates {

    /** Years after the scheme's year in which a stated date may still fall. */
    public static final int YEARS_AFTER_SCHEME_YEAR = 1;

    private StatedDates() {
    }

    public static LocalDate earliest(int schemeYear) {
        return LocalDate.of(schemeYear, 1, 1);
    }

    public static LocalDate latest(int schemeYear) {
        return LocalDate.of(schemeYear + YEARS_AFTER_SCHEME_YEAR, 12, 31);
    }

    /** Whether {@code statedAt} lies in the scheme's window (UTC days) and not after {@code recordedAt}. */
    public static boolean allows(Instant statedAt, int schemeYear, Instant recordedAt) {
        return !statedAt.isBefore(earliest(schemeYear).atStartOfDay(ZoneOffset.UTC).toInstant())
                && statedAt.isBefore(latest(schemeYear).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                && !statedAt.isAfter(recordedAt)
                && AcceptedDates.contains(statedAt);
    }
}

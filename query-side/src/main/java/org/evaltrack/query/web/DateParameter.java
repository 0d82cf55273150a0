package org.evaltrack.query.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.AcceptedDates;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * Reads every instant a query-side request carries in its query string ({@code asOf}, {@code from},
 * {@code to}, {@code after}): ISO-8601 in UTC or with an offset, inside {@link AcceptedDates}. Anything
 * else is a 400 naming the parameter in words, so no far-off year ever reaches a query or a column.
 */
public final class DateParameter {

    /** The longest part of a refused value echoed back. */
    static final int EXCERPT = 40;

    private DateParameter() {
    }

    /**
     * @param name the parameter's name in the query string; its words are {@code parameter.<name>} in the bundle
     * @return null when absent or blank
     * @throws QueryProblemException 400 MALFORMED_REQUEST or DATE_PARAMETER_OUT_OF_RANGE
     */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant parsed = parse(value.strip());
        if (parsed == null) {
            // the code every unreadable parameter has had; the reason is in the caller's language
            throw new QueryProblemException(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST.name(),
                    new DefaultMessageSourceResolvable(new String[] {"parameter.malformed-instant"},
                            new Object[] {words(name), excerpt(value)}, name));
        }
        if (!AcceptedDates.contains(parsed)) {
            throw new QueryProblemException(HttpStatus.BAD_REQUEST, ErrorCode.DATE_PARAMETER_OUT_OF_RANGE.name(),
                    words(name), excerpt(value), AcceptedDates.EARLIEST_DATE.toString(), AcceptedDates.LATEST_DATE.toString());
        }
        return parsed;
    }

    private static Instant parse(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException notUtc) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    /** Resolved in the answer's language by the problem's message source. */
    private static DefaultMessageSourceResolvable words(String name) {
        return new DefaultMessageSourceResolvable(new String[] {"parameter." + name}, name);
    }

    static String excerpt(String value) {
        String oneLine = value.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    }
}

package org.evaltrack.kernel.limit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;

/** A date or instant outside {@link AcceptedDates}. Details: field key, earliest, latest, excerpt. */
public class DateNotAcceptedException extends DomainException {

    public DateNotAcceptedException(String field, Object value) {
        super(ErrorCode.DATE_NOT_ACCEPTED, field + " outside " + AcceptedDates.EARLIEST_DATE + ".." + AcceptedDates.LATEST_DATE,
                List.of(field, AcceptedDates.EARLIEST_DATE.toString(), AcceptedDates.LATEST_DATE.toString(),
                        TextRule.excerpt(String.valueOf(value))));
    }

    public static Instant require(Instant value, String field) {
        if (value != null && !AcceptedDates.contains(value)) {
            throw new DateNotAcceptedException(field, value);
        }
        return value;
    }

    public static LocalDate require(LocalDate value, String field) {
        if (value != null && !AcceptedDates.contains(value)) {
            throw new DateNotAcceptedException(field, value);
        }
        return value;
    }
}

package org.evaltrack.query.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.http.HttpStatus;

/** Reads the {@code asOf} request parameter: an ISO-8601 instant, in UTC ({@code Z}) or with an offset. */
final class AsOfParameter {

    private AsOfParameter() {
    }

    /** Null or blank: now. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notUtc) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new QueryProblemException(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST.name(),
                        "asOf must be an ISO-8601 instant such as 2020-01-10T00:00:00Z, not '" + value + "'");
            }
        }
    }
}

package org.evaltrack.command.api;

import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;

/** Reads the If-Match header as the aggregate version the client last saw. */
public final class ExpectedVersion {

    public static final String HEADER = "If-Match";

    private ExpectedVersion() {
    }

    /**
     * Accepts {@code 7}, {@code "7"} and {@code W/"7"} (clients echo ETags as they received them).
     * No header or {@code *} means "whatever the current version is".
     *
     * @return the version, or null when the client asked for no check
     * @throws DomainException MALFORMED_REQUEST when the header is present but not a version
     */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw malformed(ifMatch);
            }
            return version;
        } catch (NumberFormatException e) {
            throw malformed(ifMatch);
        }
    }

    private static DomainException malformed(String ifMatch) {
        return new DomainException(ErrorCode.MALFORMED_REQUEST, "If-Match must be an aggregate version: " + ifMatch,
                List.of(HEADER));
    }
}

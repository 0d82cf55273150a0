package org.evaltrack.command.api;

import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.web.method.HandlerMethod;

/** How large a request body an endpoint accepts. */
public final class BodyLimits {

    /** A JSON command without long text: ids, codes, short names, a reason. */
    public static final int JSON_COMMAND = 256 * 1024;
    /** The longest a character of a JSON string can be on the wire: a {@code \\uXXXX} escape. */
    static final int BYTES_PER_ESCAPED_CHAR = 6;

    private BodyLimits() {
    }

    public static long of(HandlerMethod handler) {
        MaxBody declared = handler.getMethodAnnotation(MaxBody.class);
        return declared == null ? JSON_COMMAND : JSON_COMMAND + (long) declared.textChars() * BYTES_PER_ESCAPED_CHAR;
    }

    /** @throws DomainException REQUEST_TOO_LARGE */
    public static void refuse(long limit) {
        throw new DomainException(ErrorCode.REQUEST_TOO_LARGE, "request body larger than " + limit + " bytes",
                List.of(kilobytes(limit) + " KB"));
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }
}

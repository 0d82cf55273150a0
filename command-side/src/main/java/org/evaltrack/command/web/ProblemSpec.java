package org.evaltrack.command.web;

import java.util.Collection;
import java.util.List;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.error.ErrorKind;
import org.springframework.http.HttpStatus;

/** What went wrong, before it is put into words for a particular reader. */
public record ProblemSpec(String code, HttpStatus status, List<Object> details) {

    public ProblemSpec {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public ProblemSpec(String code, HttpStatus status, Collection<?> details, boolean copy) {
        this(code, status, details == null ? null : List.<Object>copyOf(details));
    }

    public static ProblemSpec of(ErrorCode code, Collection<?> details) {
        return new ProblemSpec(code.name(), statusOf(code.kind()), details, true);
    }

    public static ProblemSpec of(ErrorCode code) {
        return of(code, List.of());
    }

    public static ProblemSpec of(WebErrorCode code, Collection<?> details) {
        return new ProblemSpec(code.name(), code.status(), details, true);
    }

    public static ProblemSpec of(WebErrorCode code) {
        return of(code, List.of());
    }

    public static HttpStatus statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}

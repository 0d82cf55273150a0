package org.evaltrack.command.web;

import org.springframework.http.HttpStatus;

/**
 * Problems that only the HTTP layer can have and that have no {@link org.evaltrack.kernel.error.ErrorKind}
 * (401, 405, 406, 500, or a 404 whose aggregate type is unknown). Kept out of the shared kernel so the
 * domain's error vocabulary stays about the domain. Wire codes and bundle keys alike.
 */
public enum WebErrorCode {
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    /** A request signed in by the session cookie came without the page's CSRF token (or a stale one). */
    CSRF_TOKEN_INVALID(HttpStatus.FORBIDDEN),
    /** Too many failed sign-ins for the account name or from the address; Retry-After says when to try again. */
    LOGIN_THROTTLED(HttpStatus.TOO_MANY_REQUESTS),
    RESOURCE_NOT_FOUND(HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    WebErrorCode(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}

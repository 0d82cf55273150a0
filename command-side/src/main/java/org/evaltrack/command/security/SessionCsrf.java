package org.evaltrack.command.security;

import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Which commands need a CSRF token: those sent with a session cookie (ambient credentials a foreign
 * page could make the browser send). A request with its own Authorization (Basic or Bearer) is
 * exempt, since a browser never adds that header to a cross-site request by itself; one with
 * neither is unauthenticated and answered 401. The command chain also serves a few reads (the import
 * templates under /api/imports/): a GET changes nothing and a link cannot carry a header, so it needs no token.
 */
final class SessionCsrf {

    private SessionCsrf() {
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static boolean required(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && !carriesCredentials(request) && request.getRequestedSessionId() != null;
    }

    static boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && (authorization.regionMatches(true, 0, "Basic ", 0, 6) || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }
}

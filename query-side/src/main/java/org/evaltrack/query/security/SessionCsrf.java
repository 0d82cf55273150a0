package org.evaltrack.query.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which API requests need a CSRF token: those that change something and come with a session cookie
 * (ambient credentials a foreign page could make the browser send). A request carrying its own
 * Authorization (Basic or Bearer) is exempt: a browser never adds that header to a cross-site
 * request on its own. One without either is simply unauthenticated and answered 401.
 */
public final class SessionCsrf {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    public static final RequestMatcher REQUIRED = SessionCsrf::required;

    private SessionCsrf() {
    }

    static boolean required(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod()) || carriesCredentials(request)) {
            return false;
        }
        return request.getRequestedSessionId() != null;
    }

    static boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && (authorization.regionMatches(true, 0, "Basic ", 0, 6) || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }
}

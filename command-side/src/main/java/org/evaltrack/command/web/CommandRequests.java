package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What the command side answers for: state-changing requests under /api/**. Reads (GET, HEAD,
 * OPTIONS) belong to the query side, even when both run in one JVM, and so does every method on
 * /api/projections/** (rebuilding the query side's own read models, not a command).
 */
public final class CommandRequests {

    private static final Set<String> READ_ONLY_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String QUERY_SIDE_ADMINISTRATION = "/api/projections/**";
    private static final RequestMatcher MATCHER = new AndRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(QUERY_SIDE_ADMINISTRATION)),
            request -> !READ_ONLY_METHODS.contains(request.getMethod()));

    private CommandRequests() {
    }

    public static RequestMatcher matcher() {
        return MATCHER;
    }

    public static boolean isCommandRequest(HttpServletRequest request) {
        return MATCHER.matches(request);
    }
}

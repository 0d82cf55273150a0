package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What the command side answers for: state-changing requests under /api/**, and every method under
 * /api/imports/** (the Excel templates are downloaded with GET but are made by the importer, which
 * lives here). Other reads (GET, HEAD, OPTIONS) belong to the query side, even when both run in one
 * JVM, and so does every method on /api/projections/** (rebuilding the query side's own read models,
 * not a command). docker/nginx.conf routes the same way.
 */
public final class CommandRequests {

    /** Served by the command side whatever the method. */
    public static final String IMPORTS = "/api/imports/**";
    private static final Set<String> READ_ONLY_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String QUERY_SIDE_ADMINISTRATION = "/api/projections/**";
    private static final RequestMatcher STATE_CHANGING = request -> !READ_ONLY_METHODS.contains(request.getMethod());
    private static final RequestMatcher MATCHER = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(IMPORTS),
            new AndRequestMatcher(
                    PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                    new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(QUERY_SIDE_ADMINISTRATION)),
                    STATE_CHANGING));

    private CommandRequests() {
    }

    public static RequestMatcher matcher() {
        return MATCHER;
    }

    public static boolean isCommandRequest(HttpServletRequest request) {
        return MATCHER.matches(request);
    }

    /** A command request that may change something: not a template download. */
    public static boolean isStateChangingCommand(HttpServletRequest request) {
        return MATCHER.matches(request) && STATE_CHANGING.matches(request);
    }
}

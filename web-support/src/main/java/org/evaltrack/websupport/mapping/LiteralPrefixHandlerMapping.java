package org.evaltrack.websupport.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping, with a cheap first test: a path with a variable in it ({@code /api/assessments/{id}/totals})
 * is matched against every mapping, each checked for method, headers, media types and pattern, and
 * Spring Security's introspector repeats that lookup once per request. Here a mapping whose patterns'
 * literal beginnings the path does not start with is passed over before any of that; the outcome is the
 * same, since a path pattern matches only paths that begin with its literal part.
 */
public class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final String[] ANY = new String[0];

    private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String[] literal = prefixes.computeIfAbsent(info, LiteralPrefixHandlerMapping::literalPrefixes);
        if (literal.length > 0 && ServletRequestPathUtils.hasParsedRequestPath(request)) {
            String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
            if (!startsWithAny(path, literal)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean startsWithAny(String path, String[] literal) {
        for (String prefix : literal) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The literal start of each pattern; none (test nothing) when a pattern has none to offer. */
    static String[] literalPrefixes(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY;
        }
        String[] literal = new String[condition.getPatterns().size()];
        int i = 0;
        for (PathPattern pattern : condition.getPatterns()) {
            String text = pattern.getPatternString();
            int end = 0;
            while (end < text.length() && "{*?".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end <= 1 || !pattern.getPatternString().startsWith("/")) {
                return ANY;
            }
            literal[i++] = text.substring(0, end);
        }
        return literal;
    }
}

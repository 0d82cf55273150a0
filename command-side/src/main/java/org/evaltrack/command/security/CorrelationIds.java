package org.evaltrack.command.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The correlation id of the current request: the caller's X-Correlation-Id when it is a sane
 * token, otherwise a fresh UUID that every command of the same request then shares.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";

    /** Short and plain, because it is copied into every event's metadata and into logs. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final String ATTRIBUTE = CorrelationIds.class.getName() + ".current";

    private CorrelationIds() {
    }

    public static boolean isSane(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }

    public static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return UUID.randomUUID().toString();
        }
        HttpServletRequest request = servlet.getRequest();
        if (request.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        String header = request.getHeader(HEADER);
        String id = isSane(header) ? header : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}

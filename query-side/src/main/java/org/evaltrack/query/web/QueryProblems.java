package org.evaltrack.query.web;

import org.evaltrack.websupport.problem.ProblemResponses;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details for the query side: type, title, status, detail and a stable
 * {@code code}. Texts come from the query side's own bundle (i18n/query-messages), so they do
 * not depend on which module's messages.properties wins on a shared classpath.
 */
@Component
public class QueryProblems {

    /** Not an {@link org.evaltrack.kernel.error.ErrorCode}: no command is refused, the caller is simply unknown. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** A session-signed request without the page's CSRF token. */
    public static final String CSRF_TOKEN_INVALID = "CSRF_TOKEN_INVALID";
    /** Too many failed sign-ins; answered 429 with Retry-After. */
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    /** The database cannot be reached: answered 503 with Retry-After, on both sides alike. */
    public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
    static final String TYPE_PREFIX = "urn:evaltrack:error:";

    private final ObjectMapper objectMapper;
    private final MessageSource messages;

    private final DeniedRequests deniedRequests;

    public QueryProblems(ObjectMapper objectMapper, ObjectProvider<DeniedRequests> deniedRequests) {
        this.objectMapper = objectMapper;
        this.deniedRequests = deniedRequests.getIfAvailable(() -> (request, code) -> { });
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/query-messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        this.messages = bundle;
    }

    /**
     * Chinese unless the caller asks for English, as on the command side. Not the servlet locale:
     * without Accept-Language that is the server's own, which would answer a county official in
     * whatever language the JVM happens to run in.
     */
    public static Locale localeOf(HttpServletRequest request) {
        return ProblemResponses.locale(request);
    }

    public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, locale));
        problem.setDetail(messages.getMessage("problem." + code + ".detail", args, status.getReasonPhrase(), locale));
        problem.setProperty("code", code);
        return problem;
    }

    /** For the security filter chain, which answers before any controller advice can. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code) throws IOException {
        noteIfDenied(request, status, code);
        ProblemDetail problem = problem(status, code, localeOf(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        ProblemResponses.write(response, status.value(), localeOf(request), objectMapper.writeValueAsBytes(problem));
    }

    /** Every 401, 403 and 429 (sign-in throttled) of the query side passes here or through {@link #write}, so it is noted once. */
    public void noteIfDenied(HttpServletRequest request, HttpStatus status, String code) {
        if (ProblemResponses.isDenial(status.value())) {
            deniedRequests.denied(request, code);
        }
    }
}

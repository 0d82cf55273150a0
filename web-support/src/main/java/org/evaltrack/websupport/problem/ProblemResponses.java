package org.evaltrack.websupport.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.evaltrack.kernel.error.ErrorLanguage;
import org.evaltrack.websupport.database.DatabaseFailures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * How both sides put a problem on the wire outside Spring MVC (filters, security handlers): the headers every
 * problem carries, and which statuses count as a denial for the access log.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Chinese unless the caller asks for English: never the server's own locale. */
    public static Locale locale(HttpServletRequest request) {
        return ErrorLanguage.resolve(request == null ? null : request.getHeader("Accept-Language"));
    }

    /** 401, 403 and 429 (sign-in throttled) are noted in the access log, whichever way they leave. */
    public static boolean isDenial(int status) {
        return status == 401 || status == 403 || status == 429;
    }

    /** The problem's headers (a 503 also says when to retry); the caller writes the body after. */
    public static void prepare(HttpServletResponse response, int status, Locale locale) {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        if (status == 503) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
        }
    }

    /** Headers and body at once, for answers sent from a filter. */
    public static void write(HttpServletResponse response, int status, Locale locale, byte[] body) throws IOException {
        prepare(response, status, locale);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

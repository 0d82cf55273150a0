package org.evaltrack.websupport;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.evaltrack.kernel.error.ErrorLanguage;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Titles and reasons, in Chinese and English, for failures known only by their HTTP status, and the
 * stable code each carries on the wire. The same codes the sides use for the same statuses.
 */
public final class ErrorTexts {

    /** The pages' language switch (a cookie holding a language tag); also read before Spring is reached. */
    public static final String PAGE_LANGUAGE_COOKIE = "evaltrack-lang";

    private static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "MALFORMED_REQUEST"), Map.entry(401, "UNAUTHENTICATED"), Map.entry(403, "FORBIDDEN"),
            Map.entry(404, "RESOURCE_NOT_FOUND"), Map.entry(405, "METHOD_NOT_ALLOWED"), Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(408, "REQUEST_TIMEOUT"), Map.entry(413, "PAYLOAD_TOO_LARGE"), Map.entry(414, "URI_TOO_LONG"),
            Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"), Map.entry(429, "TOO_MANY_REQUESTS"),
            Map.entry(431, "HEADERS_TOO_LARGE"), Map.entry(500, "INTERNAL_ERROR"), Map.entry(501, "NOT_IMPLEMENTED"),
            Map.entry(503, "SERVICE_UNAVAILABLE"));

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public ErrorTexts() {
        messages.setBasename("i18n/web-support-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** Whether a request path belongs to the JSON API, whose every answer is problem+json. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;"));
    }

    /** The API's rule: Accept-Language, Chinese by default. */
    public static Locale apiLocale(String acceptLanguage) {
        return ErrorLanguage.resolve(acceptLanguage);
    }

    /** The pages' rule: the language the reader chose with the switch, Chinese otherwise. */
    public static Locale pageLocale(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (PAGE_LANGUAGE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                        && cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return ErrorLanguage.DEFAULT;
    }

    /** Only zh-CN and English exist; anything else is answered in Chinese. */
    public static Locale supported(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : ErrorLanguage.DEFAULT;
    }

    public ErrorAnswer answer(int status, Locale locale) {
        Locale language = supported(locale);
        String family = status >= 500 ? "5xx" : "4xx";
        String title = text("status." + status + ".title", "status." + family + ".title", language);
        String detail = text("status." + status + ".detail", "status." + family + ".detail", language);
        return new ErrorAnswer(status, code(status), title, detail, language);
    }

    static String code(int status) {
        return CODES.getOrDefault(status, status >= 500 ? "INTERNAL_ERROR" : "MALFORMED_REQUEST");
    }

    private String text(String key, String fallbackKey, Locale locale) {
        String found = messages.getMessage(key, null, null, locale);
        return found != null ? found : messages.getMessage(fallbackKey, null, fallbackKey, locale);
    }
}

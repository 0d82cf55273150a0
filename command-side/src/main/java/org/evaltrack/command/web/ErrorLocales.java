package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * Picks the language of error texts from Accept-Language. Only zh-CN and en exist; the users are
 * county officials, so Chinese is the default whenever the header is absent, unreadable or asks
 * for neither language.
 */
public final class ErrorLocales {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private ErrorLocales() {
    }

    public static Locale resolve(HttpServletRequest request) {
        return resolve(request == null ? null : request.getHeader("Accept-Language"));
    }

    public static Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        // parse() already orders by weight and drops q=0
        for (Locale.LanguageRange range : ranges) {
            String primary = range.getRange().split("-", 2)[0];
            if (primary.equals("zh") || primary.equals("*")) {
                return DEFAULT;
            }
            if (primary.equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return DEFAULT;
    }
}

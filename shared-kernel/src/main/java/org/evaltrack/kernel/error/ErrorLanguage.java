package org.evaltrack.kernel.error;

import java.util.List;
import java.util.Locale;

/**
 * The language of a refusal's text, from an Accept-Language header. Only zh-CN and en exist; the
 * users are county officials, so Chinese is the default whenever the header is absent, unreadable
 * or asks for neither language. Both sides answer by this one rule, whatever the server's locale.
 */
public final class ErrorLanguage {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private ErrorLanguage() {
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

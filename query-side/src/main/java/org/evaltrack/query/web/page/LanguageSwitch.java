package org.evaltrack.query.web.page;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=zh-CN} or {@code ?lang=en} on any page switches its language and remembers it in a
 * cookie. Other values are ignored rather than producing a page half in a language we have no texts for.
 */
class LanguageSwitch implements HandlerInterceptor {

    static final String PARAMETER = "lang";
    static final String CHINESE = "zh-CN";
    static final String ENGLISH = "en";
    private static final Map<String, Locale> OFFERED = Map.of(CHINESE, Locale.SIMPLIFIED_CHINESE, ENGLISH, Locale.ENGLISH);

    private final LocaleResolver locales;

    LanguageSwitch(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String asked = request.getParameter(PARAMETER);
        if (asked != null && OFFERED.containsKey(asked)) {
            locales.setLocale(request, response, OFFERED.get(asked));
        }
        return true;
    }
}

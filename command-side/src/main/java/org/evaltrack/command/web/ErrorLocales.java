package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.evaltrack.kernel.error.ErrorLanguage;

/** Picks the language of error texts from a request's Accept-Language, by {@link ErrorLanguage}'s rule. */
public final class ErrorLocales {

    public static final Locale DEFAULT = ErrorLanguage.DEFAULT;

    private ErrorLocales() {
    }

    public static Locale resolve(HttpServletRequest request) {
        return resolve(request == null ? null : request.getHeader("Accept-Language"));
    }

    public static Locale resolve(String acceptLanguage) {
        return ErrorLanguage.resolve(acceptLanguage);
    }
}

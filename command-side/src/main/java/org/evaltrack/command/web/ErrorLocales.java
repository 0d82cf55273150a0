package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.evaltrack.kernel.error.ErrorLanguage;
import org.evaltrack.websupport.problem.ProblemResponses;

/** Picks the language of error texts from a request's Accept-Language, by {@link ErrorLanguage}'s rule (as both sides do). */
public final class ErrorLocales {

    public static final Locale DEFAULT = ErrorLanguage.DEFAULT;

    private ErrorLocales() {
    }

    public static Locale resolve(HttpServletRequest request) {
        return ProblemResponses.locale(request);
    }

    public static Locale resolve(String acceptLanguage) {
        return ErrorLanguage.resolve(acceptLanguage);
    }
}

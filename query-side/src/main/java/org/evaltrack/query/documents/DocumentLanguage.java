package org.evaltrack.query.documents;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.evaltrack.kernel.error.ErrorLanguage;

/**
 * The language of a generated document: {@code ?lang=en|zh} first, because a download link cannot set
 * headers, then Accept-Language; Chinese unless English is asked for, as for problems.
 */
public final class DocumentLanguage {

    private DocumentLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null && !lang.isBlank()) {
            return ErrorLanguage.resolve(lang.trim());
        }
        return ErrorLanguage.resolve(request.getHeader("Accept-Language"));
    }
}

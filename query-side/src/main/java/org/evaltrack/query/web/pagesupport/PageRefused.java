package org.evaltrack.query.web.pagesupport;

import org.springframework.http.HttpStatus;

/**
 * A page that cannot be shown to this reader (another unit's assessment, another leader's ledger) or
 * that names something unknown. Rendered as a page in the reader's language, not as problem+json.
 */
public class PageRefused extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private PageRefused(HttpStatus status, String code) {
        super(code);
        this.status = status;
        this.code = code;
    }

    /** @param code the error code the JSON API gives for the same refusal (OTHER_UNIT, FORBIDDEN) */
    public static PageRefused forbidden(String code) {
        return new PageRefused(HttpStatus.FORBIDDEN, code);
    }

    public static PageRefused notFound(String code) {
        return new PageRefused(HttpStatus.NOT_FOUND, code);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}

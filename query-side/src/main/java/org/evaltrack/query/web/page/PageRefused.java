package org.evaltrack.query.web.page;

import org.springframework.http.HttpStatus;

/**
 * A page this reader may not see, one that names something unknown, or figures not yet up to date.
 * Rendered by {@link PageRefusalAdvice} as a page in the reader's language, never as problem+json.
 */
public class PageRefused extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;

    private PageRefused(HttpStatus status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args.clone();
    }

    /** @param code the error code the JSON API gives for the same refusal (OTHER_UNIT, FORBIDDEN) */
    public static PageRefused forbidden(String code) {
        return new PageRefused(HttpStatus.FORBIDDEN, code);
    }

    public static PageRefused notFound(String code) {
        return new PageRefused(HttpStatus.NOT_FOUND, code);
    }

    /** @param args what the API's problem text for this code fills in */
    public static PageRefused unavailable(String code, Object... args) {
        return new PageRefused(HttpStatus.SERVICE_UNAVAILABLE, code, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    Object[] args() {
        return args.clone();
    }
}

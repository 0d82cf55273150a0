package org.evaltrack.query.web.page;

import org.springframework.http.HttpStatus;

/**
 * A page a reader may not see, or that does not exist: rendered as a page in the reader's language
 * ({@link PageRefusalAdvice}), with the same codes and texts as the JSON API's problems.
 */
public class PageRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;

    public PageRefusedException(HttpStatus status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args.clone();
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

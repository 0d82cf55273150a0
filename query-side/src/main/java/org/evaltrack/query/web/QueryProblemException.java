package org.evaltrack.query.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A read that cannot be answered: unknown id, or a unit the caller may not see. */
public class QueryProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<Object> args;

    public QueryProblemException(HttpStatus status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = List.of(args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }
}

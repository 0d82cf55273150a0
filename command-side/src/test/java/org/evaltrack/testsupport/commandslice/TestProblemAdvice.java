package org.evaltrack.testsupport.commandslice;

import java.util.Map;
import org.evaltrack.kernel.error.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Minimal stand-in for the web branch's problem+json advice: status from the error kind, code in the body. */
@RestControllerAdvice
public class TestProblemAdvice {

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, String>> refused(DomainException e) {
        HttpStatus status = switch (e.code().kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return ResponseEntity.status(status).body(Map.of("code", e.code().name()));
    }
}

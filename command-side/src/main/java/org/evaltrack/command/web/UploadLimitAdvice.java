package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Multipart bodies are parsed before a handler is chosen, so a too-large upload reaches no
 * package-scoped advice. This one is global but handles nothing else, and only the command side
 * accepts uploads.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimitAdvice {

    private final ProblemFactory problems;

    public UploadLimitAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Problem> tooLarge(MaxUploadSizeExceededException failure, HttpServletRequest request) {
        return problems.respond(problem(failure), request);
    }

    static ProblemSpec problem(MaxUploadSizeExceededException failure) {
        long limit = failure.getMaxUploadSize();
        return ProblemSpec.of(ErrorCode.PAYLOAD_TOO_LARGE, limit > 0 ? List.of("maxBytes=" + limit) : List.of());
    }
}

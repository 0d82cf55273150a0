package org.evaltrack.query.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the query side's refusals into problem+json; limited to query-side controllers. */
@RestControllerAdvice(basePackages = "org.evaltrack.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemAdvice {

    private final QueryProblems problems;

    QueryProblemAdvice(QueryProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(QueryProblemException.class)
    ResponseEntity<ProblemDetail> refused(QueryProblemException e, HttpServletRequest request) {
        problems.noteIfDenied(request, e.status(), e.code());
        return respond(problems.problem(e.status(), e.code(), QueryProblems.localeOf(request), e.args()), request);
    }

    /** Typed ids refuse malformed values (blank, over 64 characters) in their constructors. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> malformed(IllegalArgumentException e, HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST.name(),
                QueryProblems.localeOf(request), e.getMessage()), request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package org.evaltrack.query.web;

import org.evaltrack.websupport.database.DatabaseFailures;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.persistence.PersistenceException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
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

    /**
     * A lost database connection, whatever wraps it (the query bus, a future, Spring, Hibernate):
     * 503 with Retry-After. Anything else is rethrown, which leaves it to Spring's own handling.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class,
            QueryExecutionException.class, CompletionException.class, ExecutionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) throws Exception {
        if (!DatabaseFailures.isUnavailable(e)) {
            throw e;
        }
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, QueryProblems.DATABASE_UNAVAILABLE,
                QueryProblems.localeOf(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS)).body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

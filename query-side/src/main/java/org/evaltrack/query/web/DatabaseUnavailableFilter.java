package org.evaltrack.query.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First in the query chain: a lost database connection that escapes the controllers (or happens
 * in a filter) becomes the same 503 problem the advice gives, not Spring's plain 500 page.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final QueryProblems problems;

    public DatabaseUnavailableFilter(QueryProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseFailures.isUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("{} {} answered 503: database unavailable ({})", request.getMethod(), request.getRequestURI(),
                    failure.getClass().getSimpleName());
            response.reset();
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, QueryProblems.DATABASE_UNAVAILABLE);
        }
    }
}

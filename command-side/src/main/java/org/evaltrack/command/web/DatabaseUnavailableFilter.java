package org.evaltrack.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Filters that touch the database (the idempotency keys) fail outside every controller advice; a
 * lost connection there would become Spring's plain 500 error page. First in the command chain,
 * this turns it into the same 503 problem the advice gives.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemFactory problems;

    public DatabaseUnavailableFilter(ProblemFactory problems) {
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
            problems.write(ProblemSpec.of(WebErrorCode.DATABASE_UNAVAILABLE), request, response);
        }
    }
}

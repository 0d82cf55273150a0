package org.evaltrack.websupport.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First in each side's chains: a lost database connection that escapes the controllers (or happens
 * in a filter, such as the idempotency keys) becomes the side's own 503 problem, not Spring's plain 500 page.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Writes the side's 503 problem (with its Retry-After) on a reset response. */
    @FunctionalInterface
    public interface Answer {
        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final Answer unavailable;

    public DatabaseUnavailableFilter(Answer unavailable) {
        this.unavailable = unavailable;
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
            unavailable.write(request, response);
        }
    }
}

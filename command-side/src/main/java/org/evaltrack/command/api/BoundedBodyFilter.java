package org.evaltrack.command.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.evaltrack.command.web.CommandRequests;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Wraps a command whose body comes without a Content-Length, so {@link AccessBeforeBody} can size it. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class BoundedBodyFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() >= 0 || AccessBeforeBody.isMultipart(request)
                || !CommandRequests.isStateChangingCommand(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new BoundedBody(request), response);
    }
}

package org.evaltrack.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;

import org.evaltrack.command.web.AppendedPosition;
import org.evaltrack.kernel.query.ReadPosition;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives every accepted command's answer the global index of its newest event in {@code Evaltrack-Position},
 * so the client can ask the query side to answer at that position or later (read-your-writes). The body is
 * held until the controller returns, since the header must precede it; command answers are small.
 */
@Component
public class PositionHeaderFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CommandRequests.isStateChangingCommand(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            OptionalLong position = AppendedPosition.of(request);
            int status = held.getStatus();
            if (position.isPresent() && status >= 200 && status < 300 && !response.isCommitted()) {
                response.setHeader(ReadPosition.HEADER, Long.toString(position.getAsLong()));
            }
            held.copyBodyToResponse();
        }
    }
}

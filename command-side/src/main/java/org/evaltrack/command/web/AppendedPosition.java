package org.evaltrack.command.web;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The global index of the newest event a request's commands appended, kept on the request. The event
 * chain recorder notes it in the command's own thread and transaction (it reads the stored row anyway),
 * so learning it costs no extra round trip; outside an HTTP request there is nobody to tell.
 */
public final class AppendedPosition {

    static final String ATTRIBUTE = AppendedPosition.class.getName();

    private AppendedPosition() {
    }

    /** Called by the event chain recorder for each event it links. */
    public static void note(long globalIndex) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || globalIndex < 0) {
            return;
        }
        Object before = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (!(before instanceof Long earlier) || earlier < globalIndex) {
            request.setAttribute(ATTRIBUTE, globalIndex, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The newest appended event's global index, empty when the request appended nothing. */
    public static OptionalLong of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Long position ? OptionalLong.of(position) : OptionalLong.empty();
    }
}

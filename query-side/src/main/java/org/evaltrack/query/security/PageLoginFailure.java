package org.evaltrack.query.security;

import org.evaltrack.websupport.signin.LoginThrottle;
import org.evaltrack.websupport.signin.LoginThrottledException;
import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaltrack.query.web.QueryProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed form sign-in: a wrong password goes back to the form with {@code ?error}; a throttled one
 * is answered 429 with Retry-After and the form again, saying how long to wait. Both are noted as refusals.
 */
public final class PageLoginFailure implements AuthenticationFailureHandler {

    /** Request attribute the login page reads: minutes until the next attempt is looked at. */
    public static final String THROTTLED_MINUTES = "evaltrack.loginThrottledMinutes";

    private final QueryProblems problems;

    PageLoginFailure(QueryProblems problems) {
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (failure instanceof LoginThrottledException throttled) {
            problems.noteIfDenied(request, HttpStatus.TOO_MANY_REQUESTS, QueryProblems.LOGIN_THROTTLED);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            request.setAttribute(THROTTLED_MINUTES, (throttled.retryAfterSeconds() + 59) / 60);
            request.getRequestDispatcher(PageSecurityConfig.LOGIN_THROTTLED).forward(request, response);
            return;
        }
        // a wrong password is a refusal too, noted with the name tried (set by the throttled provider)
        problems.noteIfDenied(request, HttpStatus.UNAUTHORIZED, QueryProblems.UNAUTHENTICATED);
        response.sendRedirect(request.getContextPath() + PageSecurityConfig.LOGIN + "?error");
    }
}

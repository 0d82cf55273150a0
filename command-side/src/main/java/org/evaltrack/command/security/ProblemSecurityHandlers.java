package org.evaltrack.command.security;

import org.evaltrack.websupport.signin.LoginThrottledException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.evaltrack.websupport.database.DatabaseFailures;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.command.web.ProblemSpec;
import org.evaltrack.command.web.WebErrorCode;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 from the filter chain, answered as problem+json like every other refusal. */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "evaltrack";

    private final ProblemFactory problems;

    ProblemSecurityHandlers(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            problems.write(ProblemSpec.of(WebErrorCode.LOGIN_THROTTLED), request, response);
            return;
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            // the account could not be looked up: the credentials may well be right
            problems.write(ProblemSpec.of(WebErrorCode.DATABASE_UNAVAILABLE), request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        problems.write(ProblemSpec.of(WebErrorCode.UNAUTHENTICATED), request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure) throws IOException {
        problems.write(failure instanceof CsrfException ? ProblemSpec.of(WebErrorCode.CSRF_TOKEN_INVALID)
                : ProblemSpec.of(ErrorCode.FORBIDDEN), request, response);
    }
}

package org.evaltrack.websupport.signin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without looking at the password: too many recent failures for the name or address. */
public final class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("sign-in locked");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

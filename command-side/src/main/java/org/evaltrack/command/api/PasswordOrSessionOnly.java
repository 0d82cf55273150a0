package org.evaltrack.command.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only for a caller signed in with their password (HTTP Basic) or a browser session, never with a
 * personal token: a token must not make tokens that outlive it. Judged by {@link AccessBeforeBody}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordOrSessionOnly {
}

package org.evaltrack.command.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.evaltrack.kernel.actor.Role;

/**
 * Who may call a command endpoint, judged from the signed-in account and the URL alone, before the
 * body is read (see {@link AccessBeforeBody}): a caller without the right never gets their body parsed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CallerMay {

    Role[] roles();

    /** What the caller must be to the assessment or task named in the URL. */
    CallerScope scope() default CallerScope.ANY;
}

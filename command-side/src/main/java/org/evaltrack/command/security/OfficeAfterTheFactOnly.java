package org.evaltrack.command.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A review step the office (ADMIN) may call only to enter a past year after the fact (补录), with
 * {@code Stated-At}: without it the office is refused before the body is read, as it always was.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OfficeAfterTheFactOnly {
}

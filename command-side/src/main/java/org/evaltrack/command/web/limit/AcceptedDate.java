package org.evaltrack.command.web.limit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A request date or instant within {@link org.evaltrack.kernel.limit.AcceptedDates}; null passes. */
@Documented
@Constraint(validatedBy = {AcceptedDateValidator.ForInstant.class, AcceptedDateValidator.ForLocalDate.class})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface AcceptedDate {

    String message() default "date not accepted";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

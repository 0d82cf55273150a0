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
import org.evaltrack.kernel.limit.NumberLimit;

/** A request number within the kernel's {@link NumberLimit} for its kind; null passes. */
@Documented
@Constraint(validatedBy = AmountValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Amount {

    NumberLimit value();

    String message() default "number not accepted";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

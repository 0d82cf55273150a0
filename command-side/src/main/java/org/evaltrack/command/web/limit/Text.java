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
import org.evaltrack.kernel.limit.TextLimit;

/** A request text obeys the kernel's {@link org.evaltrack.kernel.limit.TextRule} for its kind; null passes. */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

    TextLimit value();

    String message() default "text not accepted";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package org.evaltrack.command.web.limit;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import org.evaltrack.kernel.limit.AcceptedDates;

final class AcceptedDateValidator {

    private AcceptedDateValidator() {
    }

    public static class ForInstant implements ConstraintValidator<AcceptedDate, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || AcceptedDates.contains(value);
        }
    }

    public static class ForLocalDate implements ConstraintValidator<AcceptedDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || AcceptedDates.contains(value);
        }
    }
}

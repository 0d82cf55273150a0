package org.evaltrack.command.web.limit;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.evaltrack.kernel.limit.NumberLimit;

public class AmountValidator implements ConstraintValidator<Amount, BigDecimal> {

    private NumberLimit limit;

    @Override
    public void initialize(Amount annotation) {
        limit = annotation.value();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return limit.accepts(value);
    }
}

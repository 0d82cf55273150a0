package org.evaltrack.command.web.limit;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;

public class TextValidator implements ConstraintValidator<Text, String> {

    private TextLimit limit;

    @Override
    public void initialize(Text annotation) {
        limit = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextRule.accepts(value, limit);
    }
}

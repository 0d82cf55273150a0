package org.evaltrack.kernel.limit;

import java.math.BigDecimal;
import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;

/** A number beyond its {@link NumberLimit}. Details: field key, integer digits, decimals, excerpt. */
public class NumberNotAcceptedException extends DomainException {

    public NumberNotAcceptedException(String field, NumberLimit limit, BigDecimal value) {
        super(ErrorCode.NUMBER_NOT_ACCEPTED, field + " beyond " + limit,
                List.of(field, Integer.toString(limit.integerDigits()), Integer.toString(limit.decimals()),
                        NumberLimit.excerpt(value)));
    }

    public static BigDecimal require(BigDecimal value, NumberLimit limit, String field) {
        if (!limit.accepts(value)) {
            throw new NumberNotAcceptedException(field, limit, value);
        }
        return value;
    }
}

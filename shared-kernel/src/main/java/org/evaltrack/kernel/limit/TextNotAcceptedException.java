package org.evaltrack.kernel.limit;

import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;

/**
 * A text that breaks {@link TextRule}. Details, in order: the field's bundle key, the fault, the
 * limit in code points and a short excerpt of the value.
 */
public class TextNotAcceptedException extends DomainException {

    public TextNotAcceptedException(String field, TextLimit limit, TextFault fault, String excerpt) {
        super(ErrorCode.TEXT_NOT_ACCEPTED, field + " " + fault,
                List.of(field, fault.name(), Integer.toString(limit.maxCodePoints()), excerpt));
    }
}

package org.evaltrack.kernel.score;

import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;

/** A score that cannot be represented: too many decimals, not a number, or absurdly large. */
public class InvalidScoreException extends DomainException {
    public InvalidScoreException(String detail) {
        super(ErrorCode.INVALID_SCORE, detail);
    }
}

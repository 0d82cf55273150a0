package org.evaltrack.kernel.scheme;

/** STANDARD scores from 0 to the maximum; DEDUCTION_ONLY (反向扣分) is worth 0 and can only lose points, down to a floor. */
public enum ScoringMode {
    STANDARD,
    DEDUCTION_ONLY
}

package org.evaltrack.kernel.query.totals;

/** Which figure of an assessment's totals a provenance query explains. */
public enum ScorePart {
    /** base + capped bonus, and the vetoes beside it */
    TOTAL,
    /** the sum of the indicators' effective scores */
    BASE,
    /** the verified bonus awards, capped */
    BONUS,
    /** one category's subtotal */
    CATEGORY,
    /** one indicator's effective score */
    INDICATOR
}

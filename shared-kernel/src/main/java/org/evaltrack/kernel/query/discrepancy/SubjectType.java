package org.evaltrack.kernel.query.discrepancy;

/** What a discrepancy is about. */
public enum SubjectType {
    /** The declared totals of an assessment. */
    TOTALS,
    CATEGORY,
    INDICATOR,
    BONUS_CLAIM,
    EVIDENCE,
    /** A reported figure, identified by its name. */
    FIGURE
}

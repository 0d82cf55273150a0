package org.evaltrack.kernel.assessment;

/** OPEN: claims may change. SUBMITTED: under review. FINALIZED: locked. */
public enum AssessmentStatus {
    OPEN,
    SUBMITTED,
    FINALIZED
}

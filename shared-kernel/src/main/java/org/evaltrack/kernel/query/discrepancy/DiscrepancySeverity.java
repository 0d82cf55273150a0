package org.evaltrack.kernel.query.discrepancy;

/** ERROR: the numbers contradict each other. WARNING: something is missing or late. INFO: worth a reviewer's look. */
public enum DiscrepancySeverity {
    ERROR,
    WARNING,
    INFO
}

package org.evaltrack.kernel.query.evidence;

/** Whether evidence still counts: attached, withdrawn by its unit, or rejected by a reviewer. */
public enum EvidenceState {
    ACTIVE,
    WITHDRAWN,
    REJECTED
}

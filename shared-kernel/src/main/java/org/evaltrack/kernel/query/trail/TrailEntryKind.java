package org.evaltrack.kernel.query.trail;

/** What happened in one row of the audit trail (审计轨迹). */
public enum TrailEntryKind {
    /** The unit's first claim of an indicator (自评). */
    SCORE_CLAIMED,
    /** The unit claimed an indicator again; before is its previous claim. */
    CLAIM_REVISED,
    /** A reviewer changed an indicator's effective score (审核调整). */
    REVIEW_ADJUSTMENT,
    EVIDENCE_ATTACHED,
    EVIDENCE_WITHDRAWN,
    EVIDENCE_REJECTED,
    /** A reviewer accepted the capture time of evidence; lateness was judged anew. */
    CAPTURE_TIME_ACCEPTED,
    BONUS_CLAIMED,
    BONUS_VERIFIED,
    BONUS_REJECTED,
    VETO_APPLIED,
    VETO_LIFTED,
    SUBMITTED,
    REOPENED,
    FINALIZED
}

package org.evaltrack.kernel.actor;

/**
 * ADMIN: the performance office (schemes, units, accounts). REVIEWER: adjusts, verifies, vetoes, finalises.
 * SUBMITTER: bound to one unit; claims, evidence, bonus claims, submission. LEADER: their own ledger tasks.
 */
public enum Role {
    ADMIN,
    REVIEWER,
    SUBMITTER,
    LEADER
}

package org.evaltrack.kernel.query.ledger;

/** Whose tasks a ledger view lists; the key of a {@link FindTaskLedger} is read in this scope. */
public enum LedgerScope {
    /** key: the leader's user id */
    LEADER,
    /** key: the department name as written on the tasks (责任部门) */
    DEPARTMENT,
    /** key: the unit id; all assessments of the unit */
    UNIT,
    /** key: the assessment id; the one ledger of that assessment */
    ASSESSMENT
}

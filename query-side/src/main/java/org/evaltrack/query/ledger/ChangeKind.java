package org.evaltrack.query.ledger;

/** Which event put a task into the state a history row holds. */
enum ChangeKind {
    ASSIGNED,
    REASSIGNED,
    CLOSED_OUT,
    REOPENED
}

package org.evaltrack.command.ledger;

/** Answer to a change of an existing ledger task. */
public record TaskChangedResponse(String assessmentId, String taskId) {
}

package org.evaltrack.kernel.query.account;

/** A leader a task may be given to. */
public record LeaderChoice(String userId, String displayName, String username) {
}

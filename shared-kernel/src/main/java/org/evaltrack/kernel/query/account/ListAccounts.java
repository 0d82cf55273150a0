package org.evaltrack.kernel.query.account;

/**
 * Every account for the office's set-up, by role, then unit (office accounts first), then username;
 * answered with a list of {@link AccountSummary}. Never a password hash.
 */
public record ListAccounts() {
}

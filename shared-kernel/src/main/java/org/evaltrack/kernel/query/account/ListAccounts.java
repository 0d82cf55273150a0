package org.evaltrack.kernel.query.account;

/**
 * Every account for the office's set-up, by role, then unit (office accounts first), then username;
 * answered with {@link AccountSummaries}. Never a password hash.
 */
public record ListAccounts() {
}

package org.evaltrack.kernel.query.account;

/** An account as the set-up lists it; {@code unitId} and {@code unitName} are null for the office. */
public record AccountSummary(String userId, String username, String displayName, String role, String unitId,
                             String unitName, boolean enabled) {
}

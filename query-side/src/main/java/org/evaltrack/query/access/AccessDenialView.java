package org.evaltrack.query.access;

import java.time.Instant;

/**
 * One refused request: who (null user when nobody signed in), what, when, from where; for a refused
 * sign-in, the account name tried.
 */
public record AccessDenialView(long id, Instant occurredAt, String userId, String username, String role, String method,
                               String path, String code, String remoteAddress, String accountTried) {
}

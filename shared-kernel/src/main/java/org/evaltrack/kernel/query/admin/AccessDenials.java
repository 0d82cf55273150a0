package org.evaltrack.kernel.query.admin;

import java.time.Instant;
import java.util.List;

/** A page of refused requests, newest first, with how many there are in all. */
public record AccessDenials(int page, int size, long total, List<Denial> items) {
    public AccessDenials {
        items = List.copyOf(items);
    }

    /**
     * One refused request.
     *
     * @param userId       null when nobody was signed in
     * @param username     the account's name; null when nobody was signed in
     * @param role         the role, or {@code ANONYMOUS}
     * @param code         why, as the refusal's code (FORBIDDEN, OTHER_UNIT, UNAUTHENTICATED, ...)
     * @param accountTried for a refused sign-in, the account name tried; else null
     */
    public record Denial(Instant occurredAt, String userId, String username, String role, String method, String path,
                         String code, String remoteAddress, String accountTried) {
    }
}

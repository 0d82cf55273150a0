package org.evaltrack.kernel.query.account;

import java.util.List;

/**
 * Answer to {@link ListAccounts}. Every account: by role, then unit (office first), then username.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record AccountSummaries(List<AccountSummary> accounts) {
    public AccountSummaries {
        accounts = List.copyOf(accounts);
    }
}

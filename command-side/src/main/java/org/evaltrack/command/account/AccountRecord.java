package org.evaltrack.command.account;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;

/** One row of the account table. */
public record AccountRecord(
        UserId userId,
        String username,
        String passwordHash,
        String displayName,
        Role role,
        UnitId unitId,
        boolean enabled) {

    /** Never prints the hash: records' generated toString would, and toString ends up in logs. */
    @Override
    public String toString() {
        return "AccountRecord[userId=" + userId + ", username=" + username + ", role=" + role + ", unitId=" + unitId
                + ", enabled=" + enabled + "]";
    }
}

package org.evaltrack.command.account;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * Accounts live in a table, not in events: they hold personal data and password hashes.
 * Events only ever carry the opaque {@link UserId}.
 */
public interface AccountRegistration {

    /** Creates the account unless one with this user id or username exists; the password is BCrypt-hashed. */
    void registerIfAbsent(UserId userId, String username, String rawPassword, String displayName, Role role, UnitId unitIdOrNull);
}

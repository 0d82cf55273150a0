package org.evaltrack.command.security;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;

/** Who is acting: the signed-in account as the command side sees it. {@code unitId} is set for submitters and leaders bound to a unit. */
public record Actor(UserId userId, Role role, UnitId unitId) {

    public boolean is(Role candidate) {
        return role == candidate;
    }
}

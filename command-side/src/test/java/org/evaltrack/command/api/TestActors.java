package org.evaltrack.command.api;

import org.evaltrack.command.security.Actor;
import org.evaltrack.command.security.ActorProvider;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.unit.UnitId;

/** Stands in for the web branch's security-backed provider: a test says who is signed in. */
public class TestActors implements ActorProvider {

    private volatile Actor current;

    @Override
    public Actor current() {
        Actor actor = current;
        if (actor == null) {
            throw new DomainException(ErrorCode.FORBIDDEN, "nobody is signed in");
        }
        return actor;
    }

    public Actor actAs(String userId, Role role, String unitIdOrNull) {
        Actor actor = new Actor(UserId.of(userId), role, unitIdOrNull == null ? null : UnitId.of(unitIdOrNull));
        current = actor;
        return actor;
    }

    public void signOut() {
        current = null;
    }
}

package org.evaltrack.query.security;

import java.util.Collection;
import java.util.List;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in reader as the query side sees it: who, in which role, bound to which unit (if any). */
public record QueryUser(UserId userId, String username, String passwordHash, String displayName, Role role,
                        UnitId unitId, boolean enabled) implements UserDetails {

    /** Submitters and leaders read their own unit only; the performance office reads everything. */
    public boolean boundToUnit() {
        return role == Role.SUBMITTER || role == Role.LEADER;
    }

    public boolean maySee(UnitId unit) {
        return !boundToUnit() || (unitId != null && unitId.equals(unit));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return "QueryUser[" + userId + ", " + username + ", " + role + ", " + unitId + "]";
    }
}

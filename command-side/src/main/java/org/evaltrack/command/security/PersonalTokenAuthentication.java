package org.evaltrack.command.security;

import java.util.Collection;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An account signed in with a personal token (Bearer), not with its password or a browser session:
 * the same principal, marked so that what needs a password (making tokens) can tell.
 */
public final class PersonalTokenAuthentication extends UsernamePasswordAuthenticationToken {

    PersonalTokenAuthentication(Object principal, Collection<? extends GrantedAuthority> authorities) {
        super(principal, null, authorities);
    }

    /** Whether the current request signed in with a personal token. */
    public static boolean isCurrent() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current instanceof PersonalTokenAuthentication;
    }
}

package org.evaltrack.command.security;

import java.util.Collection;
import java.util.List;
import org.evaltrack.command.account.AccountRecord;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it; carries what an {@link Actor} needs. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final String username;
    private final boolean enabled;
    private String passwordHash;

    AccountPrincipal(AccountRecord account) {
        this.actor = new Actor(account.userId(), account.role(), account.unitId());
        this.username = account.username();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    /** The signed-in account's user id, or null when nobody is signed in. */
    public static String signedInUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal.actor().userId().value() : null;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
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

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + actor + "]";
    }
}

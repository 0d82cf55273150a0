package org.evaltrack.command.security;

import java.util.Optional;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current thread's request, from Spring Security's context. */
@Component
public class SecurityContextActorProvider implements ActorProvider {

    @Override
    public Actor current() {
        return signedIn().orElseThrow(() -> new DomainException(ErrorCode.FORBIDDEN, "nobody is signed in"));
    }

    /** Empty for anonymous requests and for work that runs outside a request (loaders, schedulers). */
    public Optional<Actor> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal account) {
            return Optional.of(account.actor());
        }
        // another chain's principal (or a test user): its name is the user id, its ROLE_ authority the role
        Optional<Role> role = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .flatMap(name -> roleNamed(name).stream())
                .findFirst();
        String name = authentication.getName();
        if (role.isEmpty() || name == null || name.isBlank() || name.length() > 64) {
            return Optional.empty();
        }
        return Optional.of(new Actor(new UserId(name), role.get(), null));
    }

    private static Optional<Role> roleNamed(String name) {
        try {
            return Optional.of(Role.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

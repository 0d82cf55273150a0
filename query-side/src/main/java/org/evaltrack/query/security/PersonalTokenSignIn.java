package org.evaltrack.query.security;

import java.util.Map;

import org.evaltrack.websupport.signin.TokenOwners;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * {@code Authorization: Bearer} with a personal token (issued by the command side), through Spring
 * Security's opaque-token support: the live token's account signs in with its own {@link QueryUser},
 * same role and unit as with its password.
 */
final class PersonalTokenSignIn {

    private PersonalTokenSignIn() {
    }

    static AuthenticationProvider provider(TokenOwners tokens, UserDetailsService accounts) {
        OpaqueTokenIntrospector introspector = token -> tokens.usernameFor(token)
                .map(username -> new DefaultOAuth2AuthenticatedPrincipal(username, Map.of("sub", username), null))
                .orElseThrow(() -> new BadOpaqueTokenException("unknown, expired or revoked token"));
        OpaqueTokenAuthenticationProvider provider = new OpaqueTokenAuthenticationProvider(introspector);
        provider.setAuthenticationConverter((token, principal) -> {
            UserDetails account = accounts.loadUserByUsername(principal.getName());
            if (!account.isEnabled()) {
                throw new DisabledException("account disabled");
            }
            return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        });
        return provider;
    }
}

package org.evaltrack.query.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
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
 * {@code Authorization: Bearer} with a personal token (issued by the command side, table
 * {@code personal_token}, SHA-256 only), through Spring Security's opaque-token support: the live
 * token's account signs in with its own {@link QueryUser}, same role and unit as with its password.
 */
final class PersonalTokenSignIn {

    private PersonalTokenSignIn() {
    }

    static AuthenticationProvider provider(JdbcTemplate jdbc, Clock clock, UserDetailsService accounts) {
        OpaqueTokenIntrospector introspector = token -> {
            List<String> found = jdbc.queryForList("select a.username from personal_token t join account a on a.user_id = t.user_id"
                            + " where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?",
                    String.class, sha256(token), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            if (found.isEmpty()) {
                throw new BadOpaqueTokenException("unknown, expired or revoked token");
            }
            return new DefaultOAuth2AuthenticatedPrincipal(found.get(0), Map.of("sub", found.get(0)), null);
        };
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

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

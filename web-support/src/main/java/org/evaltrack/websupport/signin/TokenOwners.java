package org.evaltrack.websupport.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account a personal token ({@code personal_token}, kept as SHA-256 only) signs in as, for both
 * sides' {@code Authorization: Bearer}. A live token is kept in the {@link SignInCache} with its
 * expiry, which is checked at every use; an unknown, revoked or expired one is asked for every time.
 */
public final class TokenOwners {

    private record Key(String tokenHash) {
    }

    private record Owner(String username, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final SignInCache cache;
    private final Clock clock;

    public TokenOwners(JdbcTemplate jdbc, SignInCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.clock = clock;
    }

    /** The account name a live token signs in as; empty for an unknown, expired or revoked token. */
    public Optional<String> usernameFor(String token) {
        Instant now = clock.instant();
        Owner owner = cache.get(new Key(sha256(token)), () -> find(sha256(token), now));
        return owner == null || !now.isBefore(owner.expiresAt()) ? Optional.empty() : Optional.of(owner.username());
    }

    private Owner find(String hash, Instant now) {
        List<Owner> found = jdbc.query("select a.username, t.expires_at from personal_token t join account a on a.user_id = t.user_id"
                        + " where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?",
                (rs, i) -> new Owner(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()),
                hash, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return found.isEmpty() ? null : found.get(0);
    }

    /** How a token is stored and looked up: never the secret itself. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

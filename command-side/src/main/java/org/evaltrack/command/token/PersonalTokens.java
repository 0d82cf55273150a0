package org.evaltrack.command.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.evaltrack.kernel.actor.UserId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Personal access tokens in {@code personal_token}. The secret is made here, handed out once and
 * kept only as its SHA-256; it is not an event and never reaches a log.
 */
@Component
public class PersonalTokens {

    /** Recognisable in a leaked file or a secret scanner. */
    static final String PREFIX = "evt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    PersonalTokens(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    PersonalTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The new token, its secret included: the only time the secret exists outside the caller. */
    IssuedToken issue(UserId owner, String name, Instant expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = "token-" + UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("insert into personal_token (token_id, user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?)",
                id, owner.value(), name, sha256(token), utc(now), utc(expiresAt));
        return new IssuedToken(id, name, now, expiresAt, token);
    }

    /** Revokes one of the owner's own tokens; false when there is none by that id for this owner. */
    boolean revoke(UserId owner, String tokenId) {
        return jdbc.update("update personal_token set revoked_at = coalesce(revoked_at, ?) where token_id = ? and user_id = ?",
                utc(clock.instant()), tokenId, owner.value()) == 1;
    }

    /** Revokes every live token of the account; how many were live. */
    int revokeAll(UserId owner) {
        return jdbc.update("update personal_token set revoked_at = ? where user_id = ? and revoked_at is null",
                utc(clock.instant()), owner.value());
    }

    /** The account name a live token signs in as; empty for an unknown, expired or revoked token. */
    public Optional<String> usernameFor(String token) {
        List<String> found = jdbc.queryForList("select a.username from personal_token t join account a on a.user_id = t.user_id"
                        + " where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?",
                String.class, sha256(token), utc(clock.instant()));
        return found.stream().findFirst();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    record IssuedToken(String id, String name, Instant createdAt, Instant expiresAt, String token) {
        /** Never print the secret. */
        @Override
        public String toString() {
            return "IssuedToken[" + id + ", " + name + ", expires " + expiresAt + "]";
        }
    }
}

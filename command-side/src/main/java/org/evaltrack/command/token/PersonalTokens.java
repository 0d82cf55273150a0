package org.evaltrack.command.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.websupport.signin.SignInCache;
import org.evaltrack.websupport.signin.TokenOwners;
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
    private final SignInCache signIns;
    private final Clock clock;

    @Autowired
    PersonalTokens(JdbcTemplate jdbc, SignInCache signIns) {
        this(jdbc, signIns, Clock.systemUTC());
    }

    PersonalTokens(JdbcTemplate jdbc, SignInCache signIns, Clock clock) {
        this.jdbc = jdbc;
        this.signIns = signIns;
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
                id, owner.value(), name, TokenOwners.sha256(token), utc(now), utc(expiresAt));
        return new IssuedToken(id, name, now, expiresAt, token);
    }

    /** Revokes one of the owner's own tokens; false when there is none by that id for this owner. */
    boolean revoke(UserId owner, String tokenId) {
        boolean found = jdbc.update("update personal_token set revoked_at = coalesce(revoked_at, ?) where token_id = ? and user_id = ?",
                utc(clock.instant()), tokenId, owner.value()) == 1;
        signIns.forgetAll(); // refused on this node at once, on every other within the cache's bound
        return found;
    }

    /** Revokes every live token of the account; how many were live. */
    int revokeAll(UserId owner) {
        int revoked = jdbc.update("update personal_token set revoked_at = ? where user_id = ? and revoked_at is null",
                utc(clock.instant()), owner.value());
        signIns.forgetAll();
        return revoked;
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

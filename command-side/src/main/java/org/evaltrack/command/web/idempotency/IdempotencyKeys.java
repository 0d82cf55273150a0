package org.evaltrack.command.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table of idempotency keys. Each statement commits on its own: the pending row must be
 * visible to a concurrent duplicate before the command runs, and the answer must outlive a crash
 * of the request that produced it.
 */
@Component
public class IdempotencyKeys {

    /** Expired rows are swept at most this often, on the way of an ordinary request. */
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonedAfter;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    public IdempotencyKeys(JdbcTemplate jdbc, Clock clock,
                           @Value("${evaltrack.idempotency.retention:PT24H}") Duration retention,
                           @Value("${evaltrack.idempotency.abandoned-after:PT5M}") Duration abandonedAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.abandonedAfter = abandonedAfter;
    }

    /** What is known about a key of a user. */
    public sealed interface Claim {
    }

    /** The key was free; it is now held by this request until {@link #complete} or {@link #release}. */
    public record Claimed() implements Claim {
    }

    /**
     * The key holds an earlier request: finished (status set) or still in flight (status null). Its hash
     * was made under {@code hashRule} (see {@link RequestFingerprint}).
     */
    public record Earlier(String requestHash, int hashRule, Integer status, String contentType, byte[] body) implements Claim {

        public boolean inFlight() {
            return status == null;
        }
    }

    /** Claims the key for a request hashed under {@link RequestFingerprint#CURRENT_RULE}. */
    public Claim claim(String userId, String key, String requestHash) {
        sweepIfDue();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                jdbc.update("insert into idempotency_key (user_id, idem_key, request_hash, hash_rule, created_at)"
                                + " values (?, ?, ?, ?, ?)",
                        userId, key, requestHash, RequestFingerprint.CURRENT_RULE, now());
                return new Claimed();
            } catch (DuplicateKeyException taken) {
                Optional<Earlier> earlier = find(userId, key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                // deleted between our insert and our read (expired or released): try again
            }
        }
        throw new IllegalStateException("idempotency key kept changing under the request");
    }

    public void complete(String userId, String key, int status, String contentType, byte[] body) {
        jdbc.update("update idempotency_key set status = ?, content_type = ?, response_body = ? where user_id = ? and idem_key = ?",
                status, contentType, body, userId, key);
    }

    public void release(String userId, String key) {
        jdbc.update("delete from idempotency_key where user_id = ? and idem_key = ? and status is null", userId, key);
    }

    /** Deletes every row older than the retention; returns how many. */
    public int deleteExpired() {
        return jdbc.update("delete from idempotency_key where created_at < ?", cutoff());
    }

    private Optional<Earlier> find(String userId, String key) {
        List<Earlier> rows = jdbc.query(
                "select request_hash, hash_rule, status, content_type, response_body, created_at from idempotency_key"
                        + " where user_id = ? and idem_key = ?",
                (rs, n) -> {
                    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
                    Integer status = rs.getObject("status", Integer.class);
                    if (created.isBefore(cutoff()) || status == null && created.isBefore(now().minus(abandonedAfter))) {
                        return null;
                    }
                    return new Earlier(rs.getString("request_hash"), rs.getInt("hash_rule"), status,
                            rs.getString("content_type"), rs.getBytes("response_body"));
                },
                userId, key);
        if (!rows.isEmpty() && rows.get(0) == null) {
            // expired, or pending since a crash of the node that ran it: the key is free again
            jdbc.update("delete from idempotency_key where user_id = ? and idem_key = ?"
                    + " and (created_at < ? or status is null and created_at < ?)",
                    userId, key, cutoff(), now().minus(abandonedAfter));
            return Optional.empty();
        }
        return rows.stream().findFirst();
    }

    private void sweepIfDue() {
        Instant last = lastSweep.get();
        Instant now = clock.instant();
        if (now.isAfter(last.plus(SWEEP_INTERVAL)) && lastSweep.compareAndSet(last, now)) {
            deleteExpired();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private OffsetDateTime cutoff() {
        return now().minus(retention);
    }
}

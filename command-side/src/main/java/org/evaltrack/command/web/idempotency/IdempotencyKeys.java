package org.evaltrack.command.web.idempotency;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table of idempotency keys, and the transaction a keyed request runs in. The key's row is
 * inserted first in the request's own transaction and given the answer before it commits, so the
 * key and whatever the command stored commit together or not at all. The uncommitted row is the
 * lock: a concurrent duplicate's insert waits for the first attempt's outcome.
 */
@Component
public class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    /** Expired rows are swept at most this often, on the way of an ordinary request. */
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    /** The same database, with statements that give up after the wait for a first attempt. */
    private final JdbcTemplate waiting;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonedAfter;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    public IdempotencyKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
                           @Value("${evaltrack.idempotency.retention:PT24H}") Duration retention,
                           @Value("${evaltrack.idempotency.abandoned-after:PT5M}") Duration abandonedAfter,
                           @Value("${evaltrack.idempotency.wait-for-first:PT10S}") Duration waitForFirst) {
        this.jdbc = jdbc;
        this.waiting = new JdbcTemplate(jdbc.getDataSource());
        this.waiting.setExceptionTranslator(jdbc.getExceptionTranslator());
        this.waiting.setQueryTimeout((int) Math.max(1, waitForFirst.toSeconds()));
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.retention = retention;
        this.abandonedAfter = abandonedAfter;
    }

    /** What became of a request under a key. */
    public sealed interface Outcome {
    }

    /** The request ran (once); this is its answer, kept for retries unless it is a server failure. */
    public record Ran(KeptAnswer answer) implements Outcome {
    }

    /** The first attempt with this key was still running when the wait for it ran out. */
    public record Busy() implements Outcome {
    }

    /**
     * The key holds an earlier request: finished (status set), or pending (status null: a row an
     * older version committed before its command ran). Its hash was made under {@code hashRule}
     * (see {@link RequestFingerprint}).
     */
    public record Earlier(String requestHash, int hashRule, KeptAnswer answer) implements Outcome {

        public boolean inFlight() {
            return answer == null;
        }
    }

    /** The request itself; it writes its answer, which the caller hands back here before it is sent. */
    @FunctionalInterface
    public interface Attempt {
        KeptAnswer run() throws IOException, ServletException;
    }

    /**
     * Runs {@code attempt} in one transaction with the key, unless the key already holds a request.
     * An answer of 500 or more rolls back and is not kept. A refusal whose transaction can no longer
     * commit (the command rolled it back) is kept on its own after the rollback: nothing of the
     * request was stored, so losing that record only means a retry runs again.
     *
     * @param requestHash under {@link RequestFingerprint#CURRENT_RULE}
     */
    public Outcome runOnce(String userId, String key, String requestHash, Attempt attempt)
            throws IOException, ServletException {
        sweepIfDue();
        for (int tries = 0; tries < 3; tries++) {
            Finished finished;
            try {
                finished = transactions.execute(status -> attemptHoldingTheKey(status, userId, key, requestHash, attempt));
            } catch (KeyTaken taken) {
                Optional<Earlier> earlier = find(userId, key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                // released or expired between our insert and our read: try again
                continue;
            } catch (KeyBusy busy) {
                return new Busy();
            } catch (AttemptFailed failed) {
                failed.rethrow();
                throw failed;
            }
            if (finished.refusalRolledBack()) {
                keepRefusal(userId, key, requestHash, finished.answer());
            }
            return new Ran(finished.answer());
        }
        throw new IllegalStateException("idempotency key kept changing under the request");
    }

    private Finished attemptHoldingTheKey(TransactionStatus status, String userId, String key, String requestHash,
                                          Attempt attempt) {
        hold(userId, key, requestHash);
        KeptAnswer answer = attemptTunnelled(attempt);
        if (answer.status() >= 500) {
            status.setRollbackOnly();
            return new Finished(answer, false);
        }
        if (status.isRollbackOnly()) {
            // a command of the request failed and marked the transaction: nothing of it can commit
            if (answer.status() < 400) {
                throw new IllegalStateException("answered " + answer.status() + " but the transaction was rolled back");
            }
            status.setRollbackOnly();
            return new Finished(answer, true);
        }
        keep(userId, key, answer);
        return new Finished(answer, false);
    }

    /** Deletes every row older than the retention; returns how many. */
    public int deleteExpired() {
        return jdbc.update("delete from idempotency_key where created_at < ?", cutoff());
    }

    /** The first statement of the request's transaction: waits while another attempt holds the key. */
    private void hold(String userId, String key, String requestHash) {
        try {
            waiting.update("insert into idempotency_key (user_id, idem_key, request_hash, hash_rule, created_at)"
                    + " values (?, ?, ?, ?, ?)", userId, key, requestHash, RequestFingerprint.CURRENT_RULE, now());
        } catch (DuplicateKeyException taken) {
            throw new KeyTaken();
        } catch (QueryTimeoutException | PessimisticLockingFailureException busy) {
            throw new KeyBusy();
        }
    }

    private void keep(String userId, String key, KeptAnswer answer) {
        jdbc.update("update idempotency_key set status = ?, content_type = ?, response_headers = ?, response_body = ?"
                        + " where user_id = ? and idem_key = ?",
                answer.status(), answer.contentType(), answer.headerLines(), answer.body(), userId, key);
    }

    private void keepRefusal(String userId, String key, String requestHash, KeptAnswer answer) {
        try {
            waiting.update("insert into idempotency_key (user_id, idem_key, request_hash, hash_rule, created_at,"
                            + " status, content_type, response_headers, response_body) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    userId, key, requestHash, RequestFingerprint.CURRENT_RULE, now(),
                    answer.status(), answer.contentType(), answer.headerLines(), answer.body());
        } catch (DataAccessException notKept) {
            // a duplicate took the key meanwhile, or the database went: the refusal is still the answer
            log.info("Refusal {} under an idempotency key not kept ({})", answer.status(), notKept.getClass().getSimpleName());
        }
    }

    private Optional<Earlier> find(String userId, String key) {
        List<Earlier> rows = jdbc.query(
                "select request_hash, hash_rule, status, content_type, response_headers, response_body, created_at"
                        + " from idempotency_key where user_id = ? and idem_key = ?",
                (rs, n) -> {
                    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
                    Integer status = rs.getObject("status", Integer.class);
                    if (created.isBefore(cutoff()) || status == null && created.isBefore(now().minus(abandonedAfter))) {
                        return null;
                    }
                    KeptAnswer answer = status == null ? null : new KeptAnswer(status, rs.getString("content_type"),
                            KeptAnswer.parseHeaderLines(rs.getString("response_headers")), rs.getBytes("response_body"));
                    return new Earlier(rs.getString("request_hash"), rs.getInt("hash_rule"), answer);
                },
                userId, key);
        if (!rows.isEmpty() && rows.get(0) == null) {
            // expired, or pending since a crash of an older node that ran it: the key is free again
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

    private static KeptAnswer attemptTunnelled(Attempt attempt) {
        try {
            return attempt.run();
        } catch (IOException | ServletException failure) {
            throw new AttemptFailed(failure);
        }
    }

    /** The transaction's result; a refusal it rolled back is kept after the rollback. */
    private record Finished(KeptAnswer answer, boolean refusalRolledBack) {
    }

    /** The key's row exists (committed): the insert failed and the transaction must be left. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }

    /** Another attempt held the key longer than the wait. */
    private static final class KeyBusy extends RuntimeException {
        KeyBusy() {
            super(null, null, false, false);
        }
    }

    /** Carries the attempt's checked exception through the transaction, which rolls back on it. */
    private static final class AttemptFailed extends RuntimeException {
        AttemptFailed(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            if (getCause() instanceof ServletException servlet) {
                throw servlet;
            }
        }
    }
}

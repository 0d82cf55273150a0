package org.evaltrack.websupport.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed sign-ins per account name and per remote address, counted in the shared table
 * {@code login_throttle} so a lock holds on every node of both sides. After {@code maxPerAccount}
 * failures for a name (or {@code maxPerAddress} from an address) within {@code window}, further
 * attempts are refused for {@code lock}, right password or not. A success clears the name's count.
 * <p>
 * If the table cannot be read the attempt goes ahead (and is logged): the password is still checked,
 * and a broken throttle must not lock everyone out.
 * <p>
 * Whether a name or address is locked is kept in the {@link SignInCache}: a lock this node sets or
 * clears is seen here at once, one set on another node within the cache's bound.
 */
public final class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String ACCOUNT = "USERNAME";
    private static final String ADDRESS = "ADDRESS";
    private static final int SUBJECT_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Settings settings;
    private final SignInCache cache;

    private record Subject(String kind, String subject) {
    }

    /** Nothing locked: kept as a value, since "not locked" is what almost every request learns. */
    private static final Instant NOT_LOCKED = Instant.MIN;

    public LoginThrottle(JdbcTemplate jdbc, Clock clock, Settings settings, SignInCache cache) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.cache = cache;
    }

    /** How long sign-in stays refused for this name or from this address; empty when it is not. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byName = remaining(ACCOUNT, username, now);
        Optional<Duration> byAddress = remaining(ADDRESS, address, now);
        if (byName.isEmpty()) {
            return byAddress;
        }
        return byAddress.filter(d -> d.compareTo(byName.get()) > 0).or(() -> byName);
    }

    /** A wrong password (or unknown name, or unknown token when username is null). */
    public void failed(String username, String address) {
        count(ACCOUNT, username, settings.maxPerAccount());
        count(ADDRESS, address, settings.maxPerAddress());
    }

    public void succeeded(String username) {
        if (username == null) {
            return;
        }
        try {
            jdbc.update("delete from login_throttle where subject_kind = ? and subject = ?", ACCOUNT, subject(username));
            cache.forget(new Subject(ACCOUNT, subject(username)));
        } catch (DataAccessException e) {
            LOG.warn("login throttle not cleared: {}", e.getMessage());
        }
    }

    private Optional<Duration> remaining(String kind, String subject, Instant now) {
        if (subject == null) {
            return Optional.empty();
        }
        Instant until = cache.get(new Subject(kind, subject(subject)), () -> lockedUntil(kind, subject));
        return until == null || !now.isBefore(until) ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** The stored lock's end ({@link #NOT_LOCKED} when none); null (not kept) when the table cannot be read. */
    private Instant lockedUntil(String kind, String subject) {
        try {
            List<OffsetDateTime> until = jdbc.queryForList(
                    "select locked_until from login_throttle where subject_kind = ? and subject = ? and locked_until is not null",
                    OffsetDateTime.class, kind, subject(subject));
            return until.stream().map(OffsetDateTime::toInstant).findFirst().orElse(NOT_LOCKED);
        } catch (DataAccessException e) {
            LOG.warn("login throttle not consulted: {}", e.getMessage());
            return null;
        }
    }

    private void count(String kind, String subject, int max) {
        if (subject == null) {
            return;
        }
        try {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            OffsetDateTime windowFloor = now.minus(settings.window());
            // a window older than the configured one (or a served lock) starts again at this failure
            String update = "update login_throttle set"
                    + " failures = case when window_start < ? then 1 else failures + 1 end,"
                    + " window_start = case when window_start < ? then ? else window_start end"
                    + " where subject_kind = ? and subject = ?";
            if (jdbc.update(update, windowFloor, windowFloor, now, kind, subject(subject)) == 0) {
                try {
                    jdbc.update("insert into login_throttle (subject_kind, subject, failures, window_start) values (?, ?, 1, ?)",
                            kind, subject(subject), now);
                } catch (DuplicateKeyException raced) {
                    jdbc.update(update, windowFloor, windowFloor, now, kind, subject(subject));
                }
            }
            jdbc.update("update login_throttle set locked_until = ?, failures = 0, window_start = ?"
                            + " where subject_kind = ? and subject = ? and failures >= ?",
                    now.plus(settings.lock()), now, kind, subject(subject), max);
            cache.forget(new Subject(kind, subject(subject)));
        } catch (DataAccessException e) {
            LOG.warn("login failure not counted: {}", e.getMessage());
        }
    }

    private static String subject(String value) {
        return value.length() > SUBJECT_LENGTH ? value.substring(0, SUBJECT_LENGTH) : value;
    }

    /** evaltrack.login-throttle.*: failures allowed per account name and per address within the window, and the lock. */
    public record Settings(int maxPerAccount, int maxPerAddress, Duration window, Duration lock) {
    }
}

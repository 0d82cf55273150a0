package org.evaltrack.command.security;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.evaltrack.command.web.DeniedAttempts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each refusal to {@code access_denial} and logs it at INFO: who, what, the code and the account
 * name a failed sign-in tried; never a password or token (neither reaches this class). In a transaction of its own, so that neither a rollback
 * of the refused work loses the row nor a failed insert poisons the work's transaction; and a failure
 * is logged, never thrown, so a 403 never turns into a 500.
 */
@Component("commandAccessDenialLog")
class AccessDenialLog implements DeniedAttempts {

    private static final Logger log = LoggerFactory.getLogger(AccessDenialLog.class);
    static final String ANONYMOUS = "ANONYMOUS";
    private static final String INSERT = "insert into access_denial"
            + " (occurred_at, user_id, role, method, path, code, remote_address, account_tried)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecurityContextActorProvider actors;
    private final Clock clock;

    AccessDenialLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, SecurityContextActorProvider actors,
                    Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void denied(HttpServletRequest request, String code) {
        String accountTried = request.getAttribute(ACCOUNT_TRIED) instanceof String name ? name : null;
        try {
            Optional<Actor> actor = actors.signedIn();
            log.info("Refused {} {} with {}: user {} ({}), account tried {}, from {}", request.getMethod(),
                    printable(request.getRequestURI()), code, actor.map(a -> a.userId().value()).orElse("-"),
                    actor.map(a -> a.role().name()).orElse(ANONYMOUS), accountTried == null ? "-" : printable(accountTried),
                    request.getRemoteAddr());
            ownTransaction.executeWithoutResult(status -> jdbc.update(INSERT,
                    Timestamp.from(clock.instant()),
                    actor.map(a -> a.userId().value()).orElse(null),
                    actor.map(a -> a.role().name()).orElse(ANONYMOUS),
                    cut(request.getMethod(), 16),
                    cut(request.getRequestURI(), 1000),
                    cut(code, 64),
                    cut(request.getRemoteAddr(), 64),
                    accountTried == null ? null : cut(accountTried, 64)));
        } catch (RuntimeException failure) {
            log.warn("Could not record the refusal {} of {} {}: {}", code, request.getMethod(), request.getRequestURI(),
                    failure.toString());
        }
    }

    /** A name or path as one log line: control characters (a forged line break) become '?'. */
    private static String printable(String value) {
        String shown = value.length() <= 200 ? value : value.substring(0, 200) + "…";
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}

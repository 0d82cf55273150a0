package org.evaltrack.query.access;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.DeniedRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The query side's half of {@code access_denial} (the command side's migration owns the table, as it
 * owns {@code account}): writes the reads it refuses, logs each at INFO (who, what, the code, the account
 * name a failed sign-in tried; never a password or token) and lists every refusal for administrators.
 * Writing never throws, so a failed insert cannot turn a 403 into a 500.
 */
@Component("queryAccessDenialLog")
class AccessDenialLog implements DeniedRequests {

    private static final Logger log = LoggerFactory.getLogger(AccessDenialLog.class);
    static final String ANONYMOUS = "ANONYMOUS";
    private static final String INSERT = "insert into access_denial"
            + " (occurred_at, user_id, role, method, path, code, remote_address, account_tried)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FROM = " from access_denial d left join account a on a.user_id = d.user_id";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AccessDenialLog(JdbcTemplate jdbc, ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        PlatformTransactionManager manager = transactions.getIfAvailable();
        if (manager == null) {
            this.ownTransaction = null;
        } else {
            // apart from whatever the refused request had open, so its rollback cannot take the row along
            this.ownTransaction = new TransactionTemplate(manager);
            this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void denied(HttpServletRequest request, String code) {
        String accountTried = request.getAttribute(ACCOUNT_TRIED) instanceof String name ? name : null;
        try {
            QueryUser user = signedIn();
            log.info("Refused {} {} with {}: user {} ({}), account tried {}, from {}", request.getMethod(),
                    printable(request.getRequestURI()), code, user == null ? "-" : user.userId().value(),
                    user == null ? ANONYMOUS : user.role().name(), accountTried == null ? "-" : printable(accountTried),
                    request.getRemoteAddr());
            Runnable insert = () -> jdbc.update(INSERT,
                    Timestamp.from(clock.instant()),
                    user == null ? null : user.userId().value(),
                    user == null ? ANONYMOUS : user.role().name(),
                    cut(request.getMethod(), 16),
                    cut(request.getRequestURI(), 1000),
                    cut(code, 64),
                    cut(request.getRemoteAddr(), 64),
                    accountTried == null ? null : cut(accountTried, 64));
            if (ownTransaction == null) {
                insert.run();
            } else {
                ownTransaction.executeWithoutResult(status -> insert.run());
            }
        } catch (RuntimeException failure) {
            log.warn("Could not record the refusal {} of {} {}: {}", code, request.getMethod(), request.getRequestURI(),
                    failure.toString());
        }
    }

    /** Newest first; each bound is optional, {@code to} is exclusive; {@code user} is a user id or a username. */
    AccessDenialPage find(Instant from, Instant to, String user, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            where.append(" and d.occurred_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and d.occurred_at < ?");
            args.add(Timestamp.from(to));
        }
        if (user != null) {
            where.append(" and (d.user_id = ? or a.username = ?)");
            args.add(user);
            args.add(user);
        }
        Long total = jdbc.queryForObject("select count(*)" + FROM + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AccessDenialView> items = jdbc.query(
                "select d.id, d.occurred_at, d.user_id, a.username, d.role, d.method, d.path, d.code, d.remote_address,"
                        + " d.account_tried"
                        + FROM + where + " order by d.occurred_at desc, d.id desc limit ? offset ?",
                (rs, i) -> new AccessDenialView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("user_id"), rs.getString("username"), rs.getString("role"), rs.getString("method"),
                        rs.getString("path"), rs.getString("code"), rs.getString("remote_address"),
                        rs.getString("account_tried")),
                pageArgs.toArray());
        return new AccessDenialPage(page, size, total == null ? 0 : total, items);
    }

    private static QueryUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof QueryUser user ? user : null;
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

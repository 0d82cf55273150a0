package org.evaltrack.command.account;

import java.util.List;
import java.util.Optional;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The account table (V2__accounts.sql). */
@Repository
public class AccountStore {

    private static final RowMapper<AccountRecord> ROWS = (rs, row) -> new AccountRecord(
            new UserId(rs.getString("user_id")),
            rs.getString("username"),
            rs.getString("password_hash"),
            rs.getString("display_name"),
            Role.valueOf(rs.getString("role")),
            rs.getString("unit_id") == null ? null : new UnitId(rs.getString("unit_id")),
            rs.getBoolean("enabled"));

    private final JdbcTemplate jdbc;

    public AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the user id or the username is already taken */
    public boolean insertIfAbsent(AccountRecord account) {
        Integer taken = jdbc.queryForObject(
                "select count(*) from account where user_id = ? or username = ?",
                Integer.class, account.userId().value(), account.username());
        if (taken != null && taken > 0) {
            return false;
        }
        try {
            jdbc.update("insert into account (user_id, username, password_hash, display_name, role, unit_id, enabled) "
                            + "values (?, ?, ?, ?, ?, ?, ?)",
                    account.userId().value(), account.username(), account.passwordHash(), account.displayName(),
                    account.role().name(), account.unitId() == null ? null : account.unitId().value(), account.enabled());
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    public Optional<AccountRecord> findByUsername(String username) {
        List<AccountRecord> found = jdbc.query(
                "select user_id, username, password_hash, display_name, role, unit_id, enabled from account where username = ?",
                ROWS, username);
        return found.stream().findFirst();
    }

    public Optional<AccountRecord> findById(UserId userId) {
        List<AccountRecord> found = jdbc.query(
                "select user_id, username, password_hash, display_name, role, unit_id, enabled from account where user_id = ?",
                ROWS, userId.value());
        return found.stream().findFirst();
    }
}

package org.evaltrack.query.security;

import java.util.List;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.websupport.signin.SignInCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Reads accounts from the {@code account} table the command side maintains. The query side only
 * reads it, with plain JDBC, so that no account entity is shared between the sides. A found account
 * is kept in the {@link SignInCache} (a disabled one is seen within its bound).
 */
class AccountUserDetailsService implements UserDetailsService {

    private static final String SELECT = "select user_id, username, password_hash, display_name, role, unit_id, enabled"
            + " from account where username = ?";

    private record Key(String username) {
    }

    private final JdbcTemplate jdbc;
    private final SignInCache cache;

    AccountUserDetailsService(JdbcTemplate jdbc, SignInCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    @Override
    public QueryUser loadUserByUsername(String username) {
        QueryUser found = cache.get(new Key(username), () -> find(username));
        if (found == null) {
            throw new UsernameNotFoundException("no account " + username);
        }
        return found;
    }

    private QueryUser find(String username) {
        List<QueryUser> found = jdbc.query(SELECT, (rs, i) -> new QueryUser(
                UserId.of(rs.getString("user_id")),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("unit_id") == null ? null : UnitId.of(rs.getString("unit_id")),
                rs.getBoolean("enabled")), username);
        return found.isEmpty() ? null : found.get(0);
    }
}

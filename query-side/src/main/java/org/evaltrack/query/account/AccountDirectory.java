package org.evaltrack.query.account;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.account.UnitLeaders;
import org.evaltrack.kernel.query.account.TrailActors;
import org.evaltrack.kernel.query.account.AccountSummaries;
import org.evaltrack.kernel.query.account.AccountSummary;
import org.evaltrack.kernel.query.account.LeaderChoice;
import org.evaltrack.kernel.query.account.ListAccounts;
import org.evaltrack.kernel.query.account.ListTrailActors;
import org.evaltrack.kernel.query.account.ListUnitLeaders;
import org.evaltrack.kernel.query.account.PersonChoice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who has an account, from the shared account table (the command side keeps it, outside the event
 * store), never its password hashes. Units are named from the totals read model.
 */
@Component
class AccountDirectory {

    private final JdbcClient jdbc;

    AccountDirectory(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @QueryHandler
    TrailActors handle(ListTrailActors query) {
        return new TrailActors(jdbc.sql("select user_id, display_name from account where unit_id is null or unit_id = ?"
                        + " order by role, display_name, user_id")
                .param(query.unitId().value())
                .query((rs, i) -> new PersonChoice(rs.getString(1), rs.getString(2)))
                .list());
    }

    @QueryHandler
    UnitLeaders handle(ListUnitLeaders query) {
        return new UnitLeaders(jdbc.sql("select user_id, display_name, username from account"
                        + " where role = 'LEADER' and enabled and unit_id = ? order by display_name, username")
                .param(query.unitId().value())
                .query((rs, i) -> new LeaderChoice(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    @QueryHandler
    AccountSummaries handle(ListAccounts query) {
        return new AccountSummaries(jdbc.sql("select a.user_id, a.username, a.display_name, a.role, a.unit_id, u.name, a.enabled"
                        + " from account a left join totals_unit u on u.unit_id = a.unit_id"
                        + " order by a.role, u.name nulls first, a.username")
                .query((rs, i) -> new AccountSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .list());
    }
}

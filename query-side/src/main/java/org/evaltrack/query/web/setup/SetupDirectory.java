package org.evaltrack.query.web.setup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the office's set-up pages list: units, accounts, schemes, assessments and an assessment's
 * ledger tasks, read from the read models' own tables (and the shared account table, never its password
 * hashes). The query handlers answer one scheme, assessment or unit at a time; set-up needs all of them.
 */
@Component
public class SetupDirectory {

    private final JdbcTemplate jdbc;

    SetupDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<UnitRow> units() {
        return jdbc.query("select unit_id, name, kind from scorecard_unit order by kind desc, name, unit_id",
                (rs, i) -> new UnitRow(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    List<AccountRow> accounts() {
        return jdbc.query("select a.user_id, a.username, a.display_name, a.role, a.unit_id, u.name, a.enabled"
                        + " from account a left join scorecard_unit u on u.unit_id = a.unit_id"
                        + " order by a.role, u.name nulls first, a.username",
                (rs, i) -> new AccountRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)));
    }

    /** Newest year first, drafts before published ones of the same year. */
    List<SchemeRow> schemes() {
        return jdbc.query("select scheme_id, scheme_year, title, published, indicator_count from scorecard_scheme"
                        + " order by scheme_year desc, published, title, scheme_id",
                (rs, i) -> new SchemeRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5)));
    }

    List<AssessmentRow> assessments() {
        return jdbc.query("select s.assessment_id, s.scheme_id, c.title, s.unit_id, s.unit_name, s.status"
                        + " from scorecard s left join scorecard_scheme c on c.scheme_id = s.scheme_id"
                        + " order by s.scheme_year desc, s.unit_name, s.assessment_id",
                (rs, i) -> new AssessmentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
    }

    List<IndicatorRow> indicators(String schemeId) {
        return jdbc.query("select indicator_code, name from scorecard_scheme_indicator where scheme_id = ? order by sort_order, indicator_code",
                (rs, i) -> new IndicatorRow(rs.getString(1), rs.getString(2)), schemeId);
    }

    /** The responsible leaders who may close the unit's tasks: leader accounts of that unit. */
    List<LeaderRow> leaders(String unitId) {
        return jdbc.query("select user_id, display_name, username from account"
                        + " where role = 'LEADER' and enabled and unit_id = ? order by display_name, username",
                (rs, i) -> new LeaderRow(rs.getString(1), rs.getString(2), rs.getString(3)), unitId);
    }

    List<TaskRow> tasks(String assessmentId) {
        return jdbc.query("select t.task_id, t.indicator_code, t.title, t.required_item, t.leader_id,"
                        + " coalesce(a.display_name, t.leader_id), t.department, t.due_date, t.closed"
                        + " from ledger_task t left join account a on a.user_id = t.leader_id"
                        + " where t.assessment_id = ? order by t.closed, t.due_date, t.assigned_at, t.task_id",
                (rs, i) -> new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9)), assessmentId);
    }

    /** Whether the lists already show what the page just sent (the read models follow the events a moment later). */
    boolean shows(Change change, String id, String leaderId) {
        String sql = switch (change) {
            case unit -> "select count(*) from scorecard_unit where unit_id = ?";
            case account -> "select count(*) from account where user_id = ?";
            case published -> "select count(*) from scorecard_scheme where scheme_id = ? and published";
            case assessment -> "select count(*) from scorecard where assessment_id = ?";
            case assigned -> "select count(*) from ledger_task where task_id = ?";
            case reassigned -> "select count(*) from ledger_task where task_id = ? and leader_id = ?";
        };
        Object[] args = change == Change.reassigned ? new Object[] {id, leaderId} : new Object[] {id};
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count != null && count > 0;
    }

    /** What a set-up form changed; the names are the pages' {@code done=} values and the texts' keys. */
    public enum Change { unit, account, published, assessment, assigned, reassigned }

    public record UnitRow(String unitId, String name, String kind) {
    }

    public record AccountRow(String userId, String username, String displayName, String role, String unitId, String unitName,
                      boolean enabled) {
    }

    public record SchemeRow(String schemeId, int year, String title, boolean published, int indicators) {
    }

    public record AssessmentRow(String assessmentId, String schemeId, String schemeTitle, String unitId, String unitName,
                         String status) {
    }

    public record IndicatorRow(String code, String name) {
    }

    public record LeaderRow(String userId, String displayName, String username) {
    }

    public record TaskRow(String taskId, String indicatorCode, String title, String requiredItem, String leaderId,
                   String leaderName, String department, LocalDate dueDate, boolean closed) {
    }
}

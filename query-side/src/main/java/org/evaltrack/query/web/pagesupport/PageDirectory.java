package org.evaltrack.query.web.pagesupport;

import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a page offers to choose from (schemes, assessments, units, departments, people), read from the
 * read models' own tables: the query handlers answer per scheme, assessment or unit, and a page has to
 * know which ones there are before it can ask.
 */
@Component
public class PageDirectory {

    private final JdbcTemplate jdbc;

    PageDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest year first. */
    public List<Choice> schemes() {
        return jdbc.query("select scheme_id, title from totals_scheme order by scheme_year desc, scheme_id",
                (rs, i) -> new Choice(rs.getString(1), rs.getString(2)));
    }

    /** Every assessment with its unit's name, for the readers who may see all units (unit null) or one unit. */
    public List<AssessmentChoice> assessments(UnitId onlyUnit) {
        String sql = "select a.assessment_id, a.scheme_id, a.unit_id, coalesce(u.name, a.unit_id)"
                + " from totals_assessment a left join totals_unit u on u.unit_id = a.unit_id"
                + (onlyUnit == null ? "" : " where a.unit_id = ?")
                + " order by a.opened_at desc, u.name, a.assessment_id";
        Object[] args = onlyUnit == null ? new Object[0] : new Object[] {onlyUnit.value()};
        return jdbc.query(sql, (rs, i) -> new AssessmentChoice(AssessmentId.of(rs.getString(1)), SchemeId.of(rs.getString(2)),
                UnitId.of(rs.getString(3)), rs.getString(4)), args);
    }

    /** Units that have a ledger, by name. */
    public List<Choice> ledgerUnits() {
        return jdbc.query("select unit_id, name from ledger_unit order by name, unit_id",
                (rs, i) -> new Choice(rs.getString(1), rs.getString(2)));
    }

    /** Departments as written on the tasks (责任部门). */
    public List<String> departments() {
        return jdbc.queryForList("select distinct department from ledger_task order by department", String.class);
    }

    /**
     * People who may appear as actors in a unit's trail: the performance office (bound to no unit) and
     * that unit's own accounts; other units' staff are not offered.
     */
    public List<Choice> actorsFor(UnitId unit) {
        return jdbc.query("select user_id, display_name from account where unit_id is null or unit_id = ?"
                        + " order by role, display_name, user_id",
                (rs, i) -> new Choice(rs.getString(1), rs.getString(2)), unit.value());
    }

    /** Something to pick: its id and what a reader calls it. */
    public record Choice(String id, String name) {
    }

    public record AssessmentChoice(AssessmentId assessmentId, SchemeId schemeId, UnitId unitId, String unitName) {
    }
}

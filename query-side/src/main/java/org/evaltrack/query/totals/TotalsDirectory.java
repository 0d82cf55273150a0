package org.evaltrack.query.totals;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.totals.SchemeChoices;
import org.evaltrack.kernel.query.totals.AssessmentChoices;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.totals.AssessmentChoice;
import org.evaltrack.kernel.query.totals.ListAssessments;
import org.evaltrack.kernel.query.totals.ListSchemes;
import org.evaltrack.kernel.query.totals.SchemeChoice;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which schemes and assessments the totals know: the other totals queries answer per scheme or
 * assessment, and a page has to know which ones there are before it can ask.
 */
@Component
class TotalsDirectory {

    private final JdbcClient jdbc;

    TotalsDirectory(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @QueryHandler
    SchemeChoices handle(ListSchemes query) {
        return new SchemeChoices(jdbc.sql("select scheme_id, title from totals_scheme order by scheme_year desc, scheme_id")
                .query((rs, i) -> new SchemeChoice(SchemeId.of(rs.getString(1)), rs.getString(2)))
                .list());
    }

    @QueryHandler
    AssessmentChoices handle(ListAssessments query) {
        UnitId onlyUnit = query.onlyUnit();
        String sql = "select a.assessment_id, a.scheme_id, a.unit_id, coalesce(u.name, a.unit_id)"
                + " from totals_assessment a left join totals_unit u on u.unit_id = a.unit_id"
                + (onlyUnit == null ? "" : " where a.unit_id = ?")
                + " order by a.opened_at desc, u.name, a.assessment_id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (onlyUnit != null) {
            statement = statement.param(onlyUnit.value());
        }
        return new AssessmentChoices(statement.query((rs, i) -> new AssessmentChoice(AssessmentId.of(rs.getString(1)), SchemeId.of(rs.getString(2)),
                        UnitId.of(rs.getString(3)), rs.getString(4)))
                .list());
    }
}

package org.evaltrack.query.totals;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.AssessmentSummaries;
import org.evaltrack.kernel.query.AssessmentSummary;
import org.evaltrack.kernel.query.IndicatorName;
import org.evaltrack.kernel.query.ListAssessmentSummaries;
import org.evaltrack.kernel.query.ListSchemeIndicators;
import org.evaltrack.kernel.query.ListSchemeSummaries;
import org.evaltrack.kernel.query.ListUnits;
import org.evaltrack.kernel.query.SchemeIndicators;
import org.evaltrack.kernel.query.SchemeSummaries;
import org.evaltrack.kernel.query.SchemeSummary;
import org.evaltrack.kernel.query.UnitSummaries;
import org.evaltrack.kernel.query.UnitSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Units with their kind, schemes drafts included, assessments with their status and a scheme's
 * indicators, as the office's set-up pages list them, from the totals tables.
 */
@Component
class OfficeDirectory {

    private final JdbcClient jdbc;

    OfficeDirectory(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @QueryHandler
    UnitSummaries handle(ListUnits query) {
        return new UnitSummaries(jdbc.sql("select unit_id, name, kind from totals_unit order by kind desc, name, unit_id")
                .query((rs, i) -> new UnitSummary(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    @QueryHandler
    SchemeSummaries handle(ListSchemeSummaries query) {
        return new SchemeSummaries(jdbc.sql("select scheme_id, scheme_year, title, published, indicator_count, closed_at is not null"
                        + " from totals_scheme"
                        + " order by scheme_year desc, published, title, scheme_id")
                .query((rs, i) -> new SchemeSummary(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4),
                        rs.getInt(5), rs.getBoolean(6)))
                .list());
    }

    /** The status is the assessment's status item; a unit not yet projected is named by its id. */
    @QueryHandler
    AssessmentSummaries handle(ListAssessmentSummaries query) {
        return new AssessmentSummaries(jdbc.sql("select a.assessment_id, a.scheme_id, s.title, a.unit_id,"
                        + " coalesce(u.name, a.unit_id) as unit_name, st.state"
                        + " from totals_assessment a"
                        + " left join totals_scheme s on s.scheme_id = a.scheme_id"
                        + " left join totals_unit u on u.unit_id = a.unit_id"
                        + " left join totals_item st on st.assessment_id = a.assessment_id and st.item_key = 'STATUS:status'"
                        + " order by a.scheme_year desc, unit_name, a.assessment_id")
                .query((rs, i) -> new AssessmentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list());
    }

    @QueryHandler
    SchemeIndicators handle(ListSchemeIndicators query) {
        return new SchemeIndicators(jdbc.sql("select indicator_code, name from totals_indicator where scheme_id = ?"
                        + " order by sort_order, indicator_code")
                .param(query.schemeId().value())
                .query((rs, i) -> new IndicatorName(rs.getString(1), rs.getString(2)))
                .list());
    }
}

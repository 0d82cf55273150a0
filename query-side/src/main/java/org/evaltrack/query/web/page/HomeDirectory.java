package org.evaltrack.query.web.page;

import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which schemes and assessments exist, from the totals read model: the query handlers answer per
 * scheme or per assessment, and the home page has to know which ones to ask about.
 */
@Component
class HomeDirectory {

    private final JdbcTemplate jdbc;

    HomeDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest year first. */
    List<SchemeId> schemes() {
        return jdbc.query("select scheme_id from totals_scheme order by scheme_year desc, scheme_id",
                (rs, i) -> SchemeId.of(rs.getString(1)));
    }

    /** Latest opened first. */
    List<AssessmentId> assessmentsOf(UnitId unit) {
        return jdbc.query("select assessment_id from totals_assessment where unit_id = ? order by opened_at desc, assessment_id",
                (rs, i) -> AssessmentId.of(rs.getString(1)), unit.value());
    }
}

package org.evaltrack.command.lookup;

import java.util.Optional;
import org.evaltrack.command.directory.AssessmentRegistry;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link AssessmentRegistry} over lookup_assessment. */
@Component
public class JdbcAssessmentRegistry implements AssessmentRegistry {

    private final JdbcTemplate jdbc;

    public JdbcAssessmentRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AssessmentId> find(SchemeId schemeId, UnitId unitId) {
        return jdbc.queryForList("select assessment_id from lookup_assessment where scheme_id = ? and unit_id = ?",
                        String.class, schemeId.value(), unitId.value())
                .stream().findFirst().map(AssessmentId::new);
    }

    @Override
    public Optional<UnitId> unitOf(AssessmentId assessmentId) {
        return jdbc.queryForList("select unit_id from lookup_assessment where assessment_id = ?", String.class, assessmentId.value())
                .stream().findFirst().map(UnitId::new);
    }

    @Override
    public Optional<SchemeId> schemeOf(AssessmentId assessmentId) {
        return jdbc.queryForList("select scheme_id from lookup_assessment where assessment_id = ?", String.class, assessmentId.value())
                .stream().findFirst().map(SchemeId::new);
    }
}

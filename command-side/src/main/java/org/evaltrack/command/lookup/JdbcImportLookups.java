package org.evaltrack.command.lookup;

import static org.evaltrack.command.lookup.LookupColumns.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.evaltrack.command.imports.ImportLookups;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ImportLookups} over lookup_assessment and lookup_scheme_indicator. */
@Component
public class JdbcImportLookups implements ImportLookups {

    private final JdbcTemplate jdbc;

    public JdbcImportLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SchemeId> schemeOf(AssessmentId assessmentId) {
        return jdbc.queryForList("select scheme_id from lookup_assessment where assessment_id = ?", String.class,
                assessmentId.value()).stream().findFirst().map(SchemeId::new);
    }

    @Override
    public List<IndicatorOutline> indicators(SchemeId schemeId) {
        List<IndicatorOutline> indicators = new ArrayList<>(jdbc.query(
                "select indicator_code, indicator_name, category_code, scoring_mode, max_points, floor_points "
                        + "from lookup_scheme_indicator where scheme_id = ?",
                (rs, row) -> new IndicatorOutline(rs.getString("indicator_code"), rs.getString("indicator_name"),
                        rs.getString("category_code"), ScoringMode.valueOf(rs.getString("scoring_mode")),
                        score(rs, "max_points"), score(rs, "floor_points")),
                schemeId.value()));
        indicators.sort(Comparator.comparing(IndicatorOutline::code, JdbcImportLookups::compareCodes));
        return indicators;
    }

    /** Each dot-separated part compared as a number when both are numbers, so 1.2.10 follows 1.2.9. */
    static int compareCodes(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}

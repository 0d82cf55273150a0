package org.evaltrack.query.totals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.catalog.AssessmentPage;
import org.evaltrack.kernel.query.catalog.FindAssessmentPage;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A filtered page of assessments from the totals tables; each row's totals are computed by the same
 * {@link TotalsCalculator} as the totals query, for the page's rows only.
 */
@Component
class AssessmentPageDirectory {

    private static final String FROM = " from totals_assessment a"
            + " left join totals_scheme s on s.scheme_id = a.scheme_id"
            + " left join totals_unit u on u.unit_id = a.unit_id"
            + " left join totals_item st on st.assessment_id = a.assessment_id and st.item_key = 'STATUS:status'";

    private final JdbcClient jdbc;
    private final TotalsReader reader;

    AssessmentPageDirectory(JdbcTemplate jdbc, TotalsReader reader) {
        this.jdbc = JdbcClient.create(jdbc);
        this.reader = reader;
    }

    @QueryHandler
    AssessmentPage handle(FindAssessmentPage query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = statement("select count(*)" + FROM + where, params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<String[]> rows = statement("select a.assessment_id, a.scheme_id, s.title, a.scheme_year, a.unit_id,"
                        + " coalesce(u.name, a.unit_id) as unit_name, st.state" + FROM + where
                        + " order by a.scheme_year desc, unit_name, a.assessment_id limit ? offset ?", pageParams)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)})
                .list();
        Map<String, AssessmentTotalsView> totals = totals(rows.stream().map(r -> r[0]).toList());
        return new AssessmentPage(query.page(), query.size(), total, rows.stream().map(r -> entry(r, totals.get(r[0]))).toList());
    }

    private static String where(FindAssessmentPage query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.schemeId() != null) {
            conditions.add("a.scheme_id = ?");
            params.add(query.schemeId().value());
        }
        if (query.unitId() != null) {
            conditions.add("a.unit_id = ?");
            params.add(query.unitId().value());
        }
        if (query.onlyUnit() != null) {
            conditions.add("a.unit_id = ?");
            params.add(query.onlyUnit().value());
        }
        if (query.status() != null) {
            conditions.add("st.state = ?");
            params.add(query.status().name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private JdbcClient.StatementSpec statement(String sql, List<Object> params) {
        return jdbc.sql(sql).params(params);
    }

    /** Now, not as of an instant: the rows' items in one query, each scheme's shape once. */
    private Map<String, AssessmentTotalsView> totals(List<String> assessmentIds) {
        Map<String, List<ItemState>> items = reader.items(assessmentIds, null);
        Map<String, Optional<SchemeShape>> schemes = new HashMap<>();
        Map<String, AssessmentTotalsView> totals = new HashMap<>();
        for (String id : assessmentIds) {
            reader.assessment(id, null).ifPresent(assessment -> schemes
                    .computeIfAbsent(assessment.schemeId(), schemeId -> reader.scheme(schemeId, null))
                    .flatMap(scheme -> TotalsCalculator.compute(assessment, assessment.unitId(), scheme,
                            items.getOrDefault(id, List.of()), null))
                    .ifPresent(view -> totals.put(id, view)));
        }
        return totals;
    }

    private static AssessmentPage.Entry entry(String[] row, AssessmentTotalsView totals) {
        return new AssessmentPage.Entry(row[0], row[1], row[2], Integer.parseInt(row[3]), row[4], row[5],
                row[6] == null ? null : AssessmentStatus.valueOf(row[6]),
                totals == null ? null : new AssessmentPage.Totals(totals.base(), totals.bonus(), totals.total(), totals.vetoed()));
    }
}

package org.evaltrack.query.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.CHANGPU;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.OTHER_ASSESSMENT;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.SCHEME;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.claimed;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.opened;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.s;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.FindAssessmentDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.FindSchemeDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.SchemeDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.UnitDiscrepanciesView;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.SchemeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheme report: the scheme's own discrepancies once, each unit's beside them; narrowing; reset. */
class DiscrepancySchemeReportTest extends DiscrepancyDatabaseTest {

    @Autowired
    DiscrepancyProjection projection;
    @Autowired
    DiscrepancyQueryHandler queries;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    DiscrepancyFeed events;

    @BeforeEach
    void twoUnitsUnderARevisedScheme() {
        events = new DiscrepancyFeed(projection, entityManager);
        DiscrepancyFixture.publishedScheme().forEach(events::feed);
        DiscrepancyFixture.consistentAssessment().forEach(events::feed);
        events.feed(opened(OTHER_ASSESSMENT, CHANGPU), claimed(OTHER_ASSESSMENT, "1.1", "6", 1, List.of()));
        events.feed(new IndicatorRevised(SCHEME, "1", "1.1", s("6"), s("5"), null, null, "文件更正"));
        events.commitBatch();
    }

    @Test
    void the_schemes_discrepancies_are_listed_once_and_each_units_beside_them_by_unit_name() {
        SchemeDiscrepanciesView view = queries.handle(new FindSchemeDiscrepancies(SCHEME)).orElseThrow();

        assertThat(view.schemeDiscrepancies()).extracting(DiscrepancyView::kind).containsExactly(DiscrepancyKind.CATEGORY_BUDGET_MISMATCH);
        assertThat(view.units()).extracting(UnitDiscrepanciesView::unitName).containsExactly("东山侗族乡", "长铺子苗族侗族乡");
        assertThat(view.units()).allSatisfy(unit -> assertThat(unit.discrepancies()).extracting(DiscrepancyView::kind)
                .contains(DiscrepancyKind.CLAIM_ABOVE_MAX).doesNotContain(DiscrepancyKind.CATEGORY_BUDGET_MISMATCH));
        assertThat(view.units().get(1).discrepancies()).filteredOn(d -> d.kind() == DiscrepancyKind.MISSING_CLAIM)
                .extracting(d -> d.subject().code()).containsExactly("1.2", "2.1");
    }

    @Test
    void a_report_narrowed_to_one_unit_holds_that_unit_only() {
        SchemeDiscrepanciesView view = queries.handle(new FindSchemeDiscrepancies(SCHEME, CHANGPU)).orElseThrow();

        assertThat(view.units()).extracting(UnitDiscrepanciesView::unitId).containsExactly(CHANGPU);
        assertThat(view.schemeDiscrepancies()).isNotEmpty();
    }

    @Test
    void an_unknown_scheme_is_answered_empty() {
        assertThat(queries.handle(new FindSchemeDiscrepancies(SchemeId.of("scheme-unknown")))).isEmpty();
    }

    @Test
    void the_reset_handler_clears_every_table_of_the_read_model() {
        assertThat(count("discrepancy_claim")).isPositive();

        events.reset();

        for (String table : List.of("discrepancy_scheme", "discrepancy_category", "discrepancy_indicator", "discrepancy_unit",
                "discrepancy_assessment", "discrepancy_claim", "discrepancy_figure", "discrepancy_evidence",
                "discrepancy_evidence_link", "discrepancy_bonus_claim")) {
            assertThat(count(table)).as(table).isZero();
        }
        assertThat(queries.handle(new FindAssessmentDiscrepancies(DiscrepancyFixture.ASSESSMENT))).isEmpty();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}

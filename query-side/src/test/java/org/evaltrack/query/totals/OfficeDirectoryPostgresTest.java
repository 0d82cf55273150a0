package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.ReadModelTables;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** The office's set-up lists (units, schemes, assessments, indicators), answered from the totals tables through the query bus. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeDirectoryPostgresTest {

    private final QueryGateway queries;

    OfficeDirectoryPostgresTest(PostgresTestDatabase database) {
        JdbcTemplate jdbc = new ReadModelTables(database).jdbc();
        jdbc.update("insert into totals_unit (unit_id, name, kind) values ('unit-b', 'Beishan', 'TOWNSHIP'),"
                + " ('unit-a', 'Anle', 'TOWNSHIP'), ('unit-dept', 'Finance Bureau', 'DEPARTMENT')");
        scheme(jdbc, "scheme-2019", 2019, "Townships 2019", true, 12);
        scheme(jdbc, "scheme-2020", 2020, "Townships 2020", true, 14);
        scheme(jdbc, "scheme-2020-draft", 2020, "Townships 2020 (revised)", false, 3);
        scheme(jdbc, "scheme-2018", 2018, "Townships 2018", true, 10);
        jdbc.update("update totals_scheme set closed_at = ? where scheme_id = 'scheme-2018'",
                Timestamp.from(Instant.parse("2019-03-01T00:00:00Z")));
        indicator(jdbc, "scheme-2020", "1.2", "Roads", 2);
        indicator(jdbc, "scheme-2020", "1.1", "Schools", 1);
        indicator(jdbc, "scheme-2019", "9.9", "Other scheme", 1);
        assessment(jdbc, "assessment-b-2020", "scheme-2020", "unit-b", 2020, "SUBMITTED");
        assessment(jdbc, "assessment-a-2020", "scheme-2020", "unit-a", 2020, "OPEN");
        assessment(jdbc, "assessment-a-2019", "scheme-2019", "unit-a", 2019, "FINALIZED");
        // a unit the totals have not heard of yet: named by its id rather than left out
        assessment(jdbc, "assessment-new-2019", "scheme-2019", "unit-new", 2019, "OPEN");
        this.queries = ReadModelTables.gatewayTo(new OfficeDirectory(jdbc));
    }

    @Test
    void unitsByKindTownshipsFirstThenByName() {
        assertThat(ask(new ListUnits(), UnitSummaries.class).units()).containsExactly(
                new UnitSummary("unit-a", "Anle", "TOWNSHIP"), new UnitSummary("unit-b", "Beishan", "TOWNSHIP"),
                new UnitSummary("unit-dept", "Finance Bureau", "DEPARTMENT"));
    }

    @Test
    void schemesNewestYearFirstDraftsBeforePublishedAClosedOneSaidClosed() {
        assertThat(ask(new ListSchemeSummaries(), SchemeSummaries.class).schemes()).containsExactly(
                new SchemeSummary("scheme-2020-draft", 2020, "Townships 2020 (revised)", false, 3, false),
                new SchemeSummary("scheme-2020", 2020, "Townships 2020", true, 14, false),
                new SchemeSummary("scheme-2019", 2019, "Townships 2019", true, 12, false),
                new SchemeSummary("scheme-2018", 2018, "Townships 2018", true, 10, true));
    }

    @Test
    void assessmentsNewestYearFirstWithTheirSchemesTitleAndStatus() {
        assertThat(ask(new ListAssessmentSummaries(), AssessmentSummaries.class).assessments()).containsExactly(
                new AssessmentSummary("assessment-a-2020", "scheme-2020", "Townships 2020", "unit-a", "Anle", "OPEN"),
                new AssessmentSummary("assessment-b-2020", "scheme-2020", "Townships 2020", "unit-b", "Beishan", "SUBMITTED"),
                new AssessmentSummary("assessment-a-2019", "scheme-2019", "Townships 2019", "unit-a", "Anle", "FINALIZED"),
                new AssessmentSummary("assessment-new-2019", "scheme-2019", "Townships 2019", "unit-new", "unit-new", "OPEN"));
    }

    @Test
    void aSchemesIndicatorsInTheSchemesOrder() {
        assertThat(ask(new ListSchemeIndicators(SchemeId.of("scheme-2020")), SchemeIndicators.class).indicators()).containsExactly(
                new IndicatorName("1.1", "Schools"), new IndicatorName("1.2", "Roads"));
        assertThat(ask(new ListSchemeIndicators(SchemeId.of("scheme-unknown")), SchemeIndicators.class).indicators()).isEmpty();
    }

    private <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }

    private static void scheme(JdbcTemplate jdbc, String id, int year, String title, boolean published, int indicators) {
        jdbc.update("insert into totals_scheme (scheme_id, scheme_year, title, bonus_cap, published, category_count, indicator_count)"
                + " values (?, ?, ?, 5, ?, 0, ?)", id, year, title, published, indicators);
    }

    private static void indicator(JdbcTemplate jdbc, String scheme, String code, String name, int order) {
        jdbc.update("insert into totals_indicator (scheme_id, indicator_code, category_code, name, scoring_mode, max_points,"
                + " sort_order) values (?, ?, 'C1', ?, 'DIRECT', 10, ?)", scheme, code, name, order);
    }

    /** An opened assessment with its status item, as the projection writes them. */
    private static void assessment(JdbcTemplate jdbc, String id, String scheme, String unit, int year, String status) {
        Timestamp at = Timestamp.from(Instant.parse("2020-01-05T02:00:00Z"));
        jdbc.update("insert into totals_assessment (assessment_id, scheme_id, unit_id, scheme_year, opened_at) values (?, ?, ?, ?, ?)",
                id, scheme, unit, year, at);
        jdbc.update("insert into totals_item (assessment_id, item_key, part, item_code, kind, adjusted, state, occurred_at,"
                + " event_seq, event_id) values (?, 'STATUS:status', 'STATUS', 'status', 'ASSESSMENT_OPENED', false, ?, ?, 0, ?)",
                id, status, at, "event-" + id);
    }
}

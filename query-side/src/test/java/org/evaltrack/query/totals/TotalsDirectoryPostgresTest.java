package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.totals.AssessmentChoices;
import org.evaltrack.kernel.query.totals.SchemeChoices;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.totals.AssessmentChoice;
import org.evaltrack.kernel.query.totals.ListAssessments;
import org.evaltrack.kernel.query.totals.ListSchemes;
import org.evaltrack.kernel.query.totals.SchemeChoice;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.ReadModelTables;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schemes and assessments a page offers, answered from the totals tables through the query bus. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TotalsDirectoryPostgresTest {

    private final QueryGateway queries;

    TotalsDirectoryPostgresTest(PostgresTestDatabase database) {
        ReadModelTables tables = new ReadModelTables(database);
        JdbcTemplate jdbc = tables.jdbc();
        scheme(jdbc, "scheme-2019", 2019, "2019年度乡镇绩效考核");
        scheme(jdbc, "scheme-2020", 2020, "2020年度乡镇绩效考核");
        jdbc.update("insert into totals_unit (unit_id, name) values ('unit-dongshan', '东山侗族乡'), ('unit-changpu', '长铺子苗族侗族乡')");
        assessment(jdbc, "assessment-dongshan-2019", "scheme-2019", "unit-dongshan", "2019-01-10T02:00:00Z");
        assessment(jdbc, "assessment-changpu-2019", "scheme-2019", "unit-changpu", "2019-01-10T02:00:00Z");
        assessment(jdbc, "assessment-dongshan-2020", "scheme-2020", "unit-dongshan", "2020-01-10T02:00:00Z");
        // a unit the totals have not heard of yet: named by its id rather than left out
        assessment(jdbc, "assessment-new-2020", "scheme-2020", "unit-new", "2020-01-09T02:00:00Z");
        this.queries = ReadModelTables.gatewayTo(new TotalsDirectory(jdbc));
    }

    @Test
    void schemesNewestYearFirstWithTheirTitles() {
        assertThat(ask(new ListSchemes(), SchemeChoices.class).schemes()).containsExactly(
                new SchemeChoice(SchemeId.of("scheme-2020"), "2020年度乡镇绩效考核"),
                new SchemeChoice(SchemeId.of("scheme-2019"), "2019年度乡镇绩效考核"));
    }

    @Test
    void everyAssessmentLatestOpenedFirstThenByUnitName() {
        assertThat(ask(new ListAssessments(null), AssessmentChoices.class).assessments()).containsExactly(
                choice("assessment-dongshan-2020", "scheme-2020", "unit-dongshan", "东山侗族乡"),
                choice("assessment-new-2020", "scheme-2020", "unit-new", "unit-new"),
                // opened together: by unit name (东 U+4E1C before 长 U+957F)
                choice("assessment-dongshan-2019", "scheme-2019", "unit-dongshan", "东山侗族乡"),
                choice("assessment-changpu-2019", "scheme-2019", "unit-changpu", "长铺子苗族侗族乡"));
    }

    @Test
    void aUnitIsOfferedOnlyItsOwnAssessments() {
        assertThat(ask(new ListAssessments(UnitId.of("unit-dongshan")), AssessmentChoices.class).assessments()).containsExactly(
                choice("assessment-dongshan-2020", "scheme-2020", "unit-dongshan", "东山侗族乡"),
                choice("assessment-dongshan-2019", "scheme-2019", "unit-dongshan", "东山侗族乡"));
        assertThat(ask(new ListAssessments(UnitId.of("unit-elsewhere")), AssessmentChoices.class).assessments()).isEmpty();
    }

    private <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }

    private static AssessmentChoice choice(String assessment, String scheme, String unit, String unitName) {
        return new AssessmentChoice(AssessmentId.of(assessment), SchemeId.of(scheme), UnitId.of(unit), unitName);
    }

    private static void scheme(JdbcTemplate jdbc, String id, int year, String title) {
        jdbc.update("insert into totals_scheme (scheme_id, scheme_year, title, bonus_cap, category_count, indicator_count)"
                + " values (?, ?, ?, 5, 0, 0)", id, year, title);
    }

    private static void assessment(JdbcTemplate jdbc, String id, String scheme, String unit, String openedAt) {
        jdbc.update("insert into totals_assessment (assessment_id, scheme_id, unit_id, opened_at) values (?, ?, ?, ?)",
                id, scheme, unit, Timestamp.from(Instant.parse(openedAt)));
    }
}

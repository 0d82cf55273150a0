package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database projected before the totals took over the scorecard: V16 carries the scorecard's values
 * into the totals tables, so the scorecards answer the same without a rebuild, and drops its tables and
 * its processing group's tokens.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardTablesCarriedOverPostgresTest {

    private static final Timestamp OPENED = Timestamp.from(Instant.parse("2020-01-05T02:00:00Z"));
    private static final Timestamp EVIDENCE = Timestamp.from(Instant.parse("2020-01-06T03:00:00Z"));

    private final JdbcTemplate jdbc;
    private final Flyway flyway;

    ScorecardTablesCarriedOverPostgresTest(PostgresTestDatabase database) {
        var properties = database.springProperties();
        DataSource dataSource = new DriverManagerDataSource(database.url(),
                String.valueOf(properties.get("spring.datasource.username")),
                String.valueOf(properties.get("spring.datasource.password")));
        this.flyway = new QueryFlywayConfig().queryFlyway(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void theScorecardsValuesMoveIntoTheTotalsAndItsTablesGo() {
        Flyway.configure().configuration(flyway.getConfiguration()).target("15").load().migrate();
        givenAScorecardAndTotalsAsProjectedBefore();

        Flyway.configure().configuration(flyway.getConfiguration()).target("16").load().migrate();

        assertThat(jdbc.queryForMap("select published, scheme_year from totals_scheme"))
                .containsEntry("published", true).containsEntry("scheme_year", 2019);
        assertThat(jdbc.queryForObject("select kind from totals_unit", String.class)).isEqualTo("TOWNSHIP");
        assertThat(jdbc.queryForList("select indicator_code, scoring_mode from totals_indicator order by sort_order"))
                .extracting(row -> row.get("scoring_mode")).containsExactly("STANDARD", "DEDUCTION_ONLY");
        assertThat(jdbc.queryForMap("select scheme_year, last_evidence_at from totals_assessment"))
                .containsEntry("scheme_year", 2019).containsEntry("last_evidence_at", EVIDENCE);
        assertThat(jdbc.queryForObject("select claim_revision from totals_item where item_key = 'INDICATOR:1.1.1'", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("select indicator_code, evidence_count from totals_evidence"))
                .containsExactly(Map.of("indicator_code", "1.1.1", "evidence_count", 3));
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema"
                + " and table_name like 'scorecard%'", String.class)).isEmpty();
        assertThat(jdbc.queryForList("select processor_name from token_entry", String.class)).containsExactly("totals");

        // one group for every read model: the former groups' tokens go and the read models are emptied to be replayed once
        flyway.migrate();
        assertThat(jdbc.queryForList("select processor_name from token_entry", String.class)).isEmpty();
        for (String table : org.evaltrack.query.config.ReadModelTables.NAMES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
    }

    private void givenAScorecardAndTotalsAsProjectedBefore() {
        jdbc.update("insert into token_entry (processor_name, segment, timestamp) values ('scorecard', 0, 'now'), ('totals', 0, 'now')");
        jdbc.update("insert into scorecard_scheme values ('scheme-2019', 2019, '2019年方案', 1, true, 2)");
        jdbc.update("insert into scorecard_scheme_indicator values ('scheme-2019', '1.1.1', '1.1', '三大攻坚战', '精准脱贫',"
                + " 'STANDARD', 15, null, 1), ('scheme-2019', '2.1.2', '2.1', '高质量发展任务', '全面小康', 'DEDUCTION_ONLY', 0, -2, 2)");
        jdbc.update("insert into scorecard_unit values ('unit-dongshan', '东山侗族乡', 'TOWNSHIP')");
        jdbc.update("insert into scorecard (assessment_id, scheme_id, unit_id, unit_name, scheme_year, status, claimed_base,"
                + " computed_base, claimed_bonus, verified_bonus_sum, verified_bonus, bonus_cap, total, veto_count, last_event_at)"
                + " values ('assessment-dongshan', 'scheme-2019', 'unit-dongshan', '东山侗族乡', 2019, 'OPEN', 12, 12, 0, 0, 0, 1, 12, 0, ?)",
                EVIDENCE);
        jdbc.update("insert into scorecard_indicator (assessment_id, indicator_code, scheme_id, category_code, category_name, name,"
                + " scoring_mode, max_points, sort_order, claimed_score, effective_score, adjusted, claim_revision, evidence_count,"
                + " last_changed_at) values ('assessment-dongshan', '1.1.1', 'scheme-2019', '1.1', '三大攻坚战', '精准脱贫', 'STANDARD',"
                + " 15, 1, 12, 12, false, 2, 3, ?), ('assessment-dongshan', '2.1.2', 'scheme-2019', '2.1', '高质量发展任务', '全面小康',"
                + " 'DEDUCTION_ONLY', 0, 2, null, null, false, 0, 0, null)", EVIDENCE);

        jdbc.update("insert into totals_scheme values ('scheme-2019', 2019, '2019年方案', 1, 2, 2)");
        jdbc.update("insert into totals_indicator values ('scheme-2019', '1.1.1', '1.1', '精准脱贫', 15, null, 1),"
                + " ('scheme-2019', '2.1.2', '2.1', '全面小康', 0, -2, 2)");
        jdbc.update("insert into totals_unit values ('unit-dongshan', '东山侗族乡')");
        jdbc.update("insert into totals_assessment values ('assessment-dongshan', 'scheme-2019', 'unit-dongshan', ?)", OPENED);
        for (String[] item : List.of(new String[] {"STATUS:status", "STATUS", "status"}, new String[] {"INDICATOR:1.1.1", "INDICATOR", "1.1.1"})) {
            jdbc.update("insert into totals_item (assessment_id, item_key, part, item_code, kind, adjusted, occurred_at, event_seq,"
                    + " event_id) values ('assessment-dongshan', ?, ?, ?, 'ANY', false, ?, 0, ?)", item[0], item[1], item[2], OPENED,
                    "event-" + item[2]);
        }
    }
}

package org.evaltrack.query.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evaltrack.query.scorecard.ScorecardFixture.ASSESSMENT;
import static org.evaltrack.query.scorecard.ScorecardFixture.CHANGPU;
import static org.evaltrack.query.scorecard.ScorecardFixture.DONGSHAN;
import static org.evaltrack.query.scorecard.ScorecardFixture.OTHER_ASSESSMENT;
import static org.evaltrack.query.scorecard.ScorecardFixture.SCHEME;
import static org.evaltrack.query.scorecard.ScorecardFixture.bonus;
import static org.evaltrack.query.scorecard.ScorecardFixture.claimed;
import static org.evaltrack.query.scorecard.ScorecardFixture.evidence;
import static org.evaltrack.query.scorecard.ScorecardFixture.opened;
import static org.evaltrack.query.scorecard.ScorecardFixture.s;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.assessment.VetoLifted;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.evaltrack.query.config.WaitingForAnotherAggregate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.evaltrack.kernel.query.FindScorecard;
import org.evaltrack.kernel.query.ScorecardView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ScorecardProjectionTest extends ScorecardDatabaseTest {

    @Autowired
    ScorecardProjection projection;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    EventFeed events;

    @BeforeEach
    void publishSchemeAndOpen() {
        events = new EventFeed(projection, entityManager);
        events.feed(ScorecardFixture.publishedScheme("1.00").toArray());
        events.feed(opened(ASSESSMENT, DONGSHAN));
    }

    private Map<String, Object> scorecardRow() {
        events.commitBatch();
        return jdbc.queryForMap("select * from scorecard where assessment_id = ?", ASSESSMENT.value());
    }

    private Map<String, Object> indicatorRow(String code) {
        events.commitBatch();
        return jdbc.queryForMap("select * from scorecard_indicator where assessment_id = ? and indicator_code = ?",
                ASSESSMENT.value(), code);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void opening_lays_out_one_row_per_scheme_indicator_in_scheme_order() {
        events.commitBatch();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select indicator_code, category_name, scoring_mode, max_points, floor_points, claimed_score, claim_revision"
                        + " from scorecard_indicator where assessment_id = ? order by sort_order", ASSESSMENT.value());

        assertThat(rows).extracting(r -> r.get("indicator_code")).containsExactly("1.1.1", "1.1.2", "2.1.2");
        assertThat(rows.get(0)).containsEntry("category_name", "三大攻坚战").containsEntry("max_points", dec("15.00"))
                .containsEntry("claimed_score", null).containsEntry("claim_revision", 0);
        assertThat(rows.get(2)).containsEntry("scoring_mode", "DEDUCTION_ONLY").containsEntry("floor_points", dec("-2.00"));
    }

    @Test
    void opening_copies_unit_name_year_and_bonus_cap_and_starts_at_zero() {
        assertThat(scorecardRow())
                .containsEntry("unit_name", "东山侗族乡")
                .containsEntry("scheme_year", 2019)
                .containsEntry("status", "OPEN")
                .containsEntry("bonus_cap", dec("1.00"))
                .containsEntry("computed_base", dec("0.00"))
                .containsEntry("total", dec("0.00"))
                .containsEntry("declared_total", null);
    }

    @Test
    void a_claim_becomes_the_effective_score_and_adds_to_both_bases() {
        events.feed(claimed("1.1.1", "15"), claimed("1.1.2", "4.5"));

        assertThat(indicatorRow("1.1.2")).containsEntry("claimed_score", dec("4.50"))
                .containsEntry("effective_score", dec("4.50")).containsEntry("claim_revision", 1);
        assertThat(scorecardRow()).containsEntry("claimed_base", dec("19.50"))
                .containsEntry("computed_base", dec("19.50")).containsEntry("total", dec("19.50"));
    }

    @Test
    void a_revised_claim_moves_the_bases_by_the_difference_and_counts_the_revision() {
        events.feed(claimed("1.1.1", "15"), claimed(ASSESSMENT, DONGSHAN, "1.1.1", "15", "12.5", 2));

        assertThat(indicatorRow("1.1.1")).containsEntry("claimed_score", dec("12.50")).containsEntry("claim_revision", 2);
        assertThat(scorecardRow()).containsEntry("claimed_base", dec("12.50")).containsEntry("computed_base", dec("12.50"));
    }

    @Test
    void a_review_adjustment_replaces_the_effective_score_but_keeps_the_claim() {
        events.feed(claimed("1.1.1", "15"), new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", s("15"), s("13"),
                s("15"), "two households misclassified"));

        assertThat(indicatorRow("1.1.1")).containsEntry("claimed_score", dec("15.00"))
                .containsEntry("effective_score", dec("13.00")).containsEntry("adjusted", true);
        assertThat(scorecardRow()).containsEntry("claimed_base", dec("15.00")).containsEntry("computed_base", dec("13.00"));
    }

    @Test
    void an_adjustment_of_an_indicator_nothing_was_claimed_for_adds_to_the_computed_base_only() {
        events.feed(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.2", null, s("3"), s("5"), "scored from records"));

        assertThat(scorecardRow()).containsEntry("claimed_base", dec("0.00")).containsEntry("computed_base", dec("3.00"));
    }

    @Test
    void a_deduction_claimed_on_a_deduction_only_indicator_lowers_the_base() {
        events.feed(claimed("1.1.1", "15"), new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "2.1.2", null, s("-1.5"), s("0"),
                ScoringMode.DEDUCTION_ONLY, "one target missed", List.of(), 1));

        assertThat(scorecardRow()).containsEntry("computed_base", dec("13.50"));
    }

    @Test
    void evidence_counts_what_is_attached_less_what_is_withdrawn_or_rejected() {
        events.feed(evidence("e1", Set.of("1.1.1", "1.1.2")), evidence("e2", Set.of("1.1.1")), evidence("e3", Set.of("1.1.1")),
                new EvidenceWithdrawn(ASSESSMENT, EvidenceId.of("e2"), Set.of("1.1.1"), Set.of(), "wrong file"),
                new EvidenceRejected(ASSESSMENT, EvidenceId.of("e1"), Set.of("1.1.1", "1.1.2"), Set.of(), "illegible"));

        assertThat(indicatorRow("1.1.1")).containsEntry("evidence_count", 1);
        assertThat(indicatorRow("1.1.2")).containsEntry("evidence_count", 0);
    }

    @Test
    void evidence_naming_an_indicator_the_scheme_lacks_changes_no_row() {
        events.feed(evidence("e1", Set.of("9.9.9", "1.1.1")));

        assertThat(indicatorRow("1.1.1")).containsEntry("evidence_count", 1);
        assertThat(jdbc.queryForObject("select count(*) from scorecard_indicator", Integer.class)).isEqualTo(3);
    }

    @Test
    void claimed_bonus_counts_every_claim_but_only_verified_bonus_counts_toward_the_total() {
        events.feed(claimed("1.1.1", "15"), bonus("b1", "0.5", null), bonus("b2", "0.5", "b1"), bonus("b3", "0.5", null),
                new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("b1"), BonusLevel.CENTRAL_MEDIA, s("0.5"), "checked"),
                new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("b2"), BonusLevel.CENTRAL_MEDIA, s("0.5"),
                        BonusClaimId.of("b1"), "duplicate of b1"));

        assertThat(scorecardRow()).containsEntry("claimed_bonus", dec("1.50"))
                .containsEntry("verified_bonus", dec("0.50")).containsEntry("total", dec("15.50"));
    }

    @Test
    void verified_bonus_is_capped_at_the_schemes_bonus_cap() {
        events.feed(bonus("b1", "0.5", null), bonus("b2", "0.5", null), bonus("b3", "0.5", null));
        for (String id : List.of("b1", "b2", "b3")) {
            events.feed(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, s("0.5"), null));
        }

        assertThat(scorecardRow()).containsEntry("verified_bonus_sum", dec("1.50"))
                .containsEntry("verified_bonus", dec("1.00")).containsEntry("total", dec("1.00"));
    }

    @Test
    void the_scorecard_answers_verified_bonus_before_the_cap_and_bonus_after_it_as_the_totals_do() {
        events.feed(bonus("b1", "0.5", null), bonus("b2", "0.5", null), bonus("b3", "0.5", null));
        for (String id : List.of("b1", "b2", "b3")) {
            events.feed(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, s("0.5"), null));
        }

        ScorecardView view = new ScorecardQueryHandler(entityManager).handle(new FindScorecard(ASSESSMENT)).orElseThrow();

        assertThat(view.verifiedBonus()).isEqualTo(s("1.5"));
        assertThat(view.bonus()).isEqualTo(s("1"));
        assertThat(view.total()).isEqualTo(s("1"));
    }

    @Test
    void submission_keeps_the_declared_totals_beside_the_computed_ones() {
        events.feed(claimed("1.1.1", "15"), new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN,
                new DeclaredTotals(s("100"), s("5.3"), s("105.3")), s("15"), s("0"), Instant.parse("2020-01-08T01:00:00Z")));

        assertThat(scorecardRow()).containsEntry("status", "SUBMITTED")
                .containsEntry("declared_base", dec("100.00")).containsEntry("declared_bonus", dec("5.30"))
                .containsEntry("declared_total", dec("105.30")).containsEntry("computed_base", dec("15.00"));
    }

    @Test
    void an_assessment_stays_vetoed_until_every_applied_veto_is_lifted() {
        events.feed(new VetoApplied(ASSESSMENT, "V1", "重大安全生产责任事故", "accident"),
                new VetoApplied(ASSESSMENT, "V2", "重大群体性事件", "incident"),
                new VetoLifted(ASSESSMENT, "V1", "finding withdrawn"));
        assertThat(scorecardRow()).containsEntry("veto_count", 1);

        events.feed(new VetoLifted(ASSESSMENT, "V2", "finding withdrawn"));
        assertThat(scorecardRow()).containsEntry("veto_count", 0);
    }

    @Test
    void finalizing_and_reopening_set_the_status_the_events_name() {
        events.feed(new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, s("0"), s("0"), s("0"), false, Instant.now()));
        assertThat(scorecardRow()).containsEntry("status", "FINALIZED");

        events.feed(new AssessmentReopened(ASSESSMENT, AssessmentStatus.FINALIZED, AssessmentStatus.SUBMITTED, "recount"));
        assertThat(scorecardRow()).containsEntry("status", "SUBMITTED");
    }

    // ---- per-aggregate sequences: another aggregate's segment may be behind ----------------------

    @Test
    void an_assessment_whose_unit_is_not_projected_yet_waits_and_opens_once_the_unit_is_there() {
        AssessmentId late = AssessmentId.of("assessment-late");
        UnitId unit = UnitId.of("unit-late");
        AssessmentOpened opening = new AssessmentOpened(late, SCHEME, unit, 2019, Instant.parse("2019-12-02T00:00:00Z"));

        assertThatThrownBy(() -> events.feed(opening)).cause().isInstanceOf(WaitingForAnotherAggregate.class);
        events.commitBatch();
        assertThat(jdbc.queryForObject("select count(*) from scorecard where assessment_id = 'assessment-late'", Long.class)).isZero();

        events.feed(new UnitRegistered(unit, "后到乡", UnitKind.TOWNSHIP), opening);
        events.commitBatch();
        assertThat(jdbc.queryForObject("select unit_name from scorecard where assessment_id = 'assessment-late'", String.class))
                .isEqualTo("后到乡");
        assertThat(jdbc.queryForObject("select count(*) from scorecard_indicator where assessment_id = 'assessment-late'", Long.class))
                .isEqualTo(3);
    }

    @Test
    void an_assessment_whose_scheme_is_not_projected_yet_waits() {
        AssessmentOpened opening = new AssessmentOpened(AssessmentId.of("assessment-2020"), SchemeId.of("scheme-2020"),
                DONGSHAN, 2020, Instant.parse("2020-12-01T00:00:00Z"));

        assertThatThrownBy(() -> events.feed(opening)).cause().isInstanceOf(WaitingForAnotherAggregate.class);
    }

    @Test
    void an_assessment_whose_scheme_is_dead_lettered_fails_so_that_it_is_dead_lettered_and_shown_too() {
        jdbc.update("insert into dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, sequence_index,"
                + " message_type, event_identifier, time_stamp, payload_type, payload, enqueued_at)"
                + " values ('letter-1', 'read-models', 'scheme-2020', 0, 'DomainEventMessage', 'event-1', '2020-01-01T00:00:00Z',"
                + " 'CategoryAdded', '{}', current_timestamp)");
        AssessmentOpened opening = new AssessmentOpened(AssessmentId.of("assessment-2020"), SchemeId.of("scheme-2020"),
                DONGSHAN, 2020, Instant.parse("2020-12-01T00:00:00Z"));

        assertThatThrownBy(() -> events.feed(opening)).cause()
                .isNotInstanceOf(WaitingForAnotherAggregate.class)
                .hasMessageContaining("scheme scheme-2020 is dead-lettered");
    }

    @Test
    void a_revised_indicator_changes_the_maximum_on_every_open_scorecard_of_the_scheme() {
        events.feed(opened(OTHER_ASSESSMENT, CHANGPU),
                new IndicatorRevised(SCHEME, "1.1", "1.1.2", s("5"), s("4"), null, null, "budget moved"));
        events.commitBatch();

        assertThat(jdbc.queryForList("select max_points from scorecard_indicator where indicator_code = '1.1.2'", BigDecimal.class))
                .containsExactly(dec("4.00"), dec("4.00"));
        assertThat(jdbc.queryForObject("select max_points from scorecard_scheme_indicator where indicator_code = '1.1.2'",
                BigDecimal.class)).isEqualTo(dec("4.00"));
    }

    @Test
    void the_scorecard_and_its_row_carry_the_time_of_their_latest_event() {
        Instant late = Instant.parse("2020-01-09T08:30:00Z");
        events.at(late, claimed("1.1.1", "15"));
        events.commitBatch();

        assertThat(jdbc.queryForObject("select last_changed_at from scorecard_indicator where indicator_code = '1.1.1'",
                Instant.class)).isEqualTo(late);
        assertThat(jdbc.queryForObject("select last_event_at from scorecard", Instant.class)).isEqualTo(late);
    }

    @Test
    void reset_clears_every_scorecard_table() {
        events.feed(claimed("1.1.1", "15"));
        events.commitBatch();

        events.reset();

        for (String table : List.of("scorecard", "scorecard_indicator", "scorecard_scheme", "scorecard_scheme_category",
                "scorecard_scheme_indicator", "scorecard_unit")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
    }

    @Test
    void a_batch_of_events_on_one_assessment_reads_its_scorecard_and_rows_once() {
        events.commitBatch();
        Integer rows = jdbc.queryForObject("select count(*) from scorecard_indicator where assessment_id = ?", Integer.class,
                ASSESSMENT.value());
        Statistics statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        events.feed(claimed("1.1.1", "10"), claimed(ASSESSMENT, DONGSHAN, "1.1.1", "10", "12", 2),
                claimed(ASSESSMENT, DONGSHAN, "1.1.1", "12", "14", 3), evidence("e1", Set.of("1.1.1")));

        assertThat(rows).isGreaterThan(1);
        assertThat(statistics.getEntityLoadCount()).as("the scorecard and each of its indicator rows, once").isEqualTo(1 + rows);
        assertThat(statistics.getQueryExecutionCount()).as("the rows in one query, not one per indicator").isEqualTo(1);
        assertThat(scorecardRow()).containsEntry("computed_base", dec("14.00"));
    }
}

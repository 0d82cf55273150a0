package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.totals.TotalsScenario.AFTER_ADJUSTMENT;
import static org.evaltrack.query.totals.TotalsScenario.BEFORE_REVIEW;
import static org.evaltrack.query.totals.TotalsScenario.CHANGPU;
import static org.evaltrack.query.totals.TotalsScenario.DONGSHAN;
import static org.evaltrack.query.totals.TotalsScenario.DONGSHAN_2019;
import static org.evaltrack.query.totals.TotalsScenario.HUANGSANG;
import static org.evaltrack.query.totals.TotalsScenario.HUANGSANG_2019;
import static org.evaltrack.query.totals.TotalsScenario.REVIEWER;
import static org.evaltrack.query.totals.TotalsScenario.SCHEME;
import static org.evaltrack.query.totals.TotalsScenario.s;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.VetoLifted;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.BonusAwardView;
import org.evaltrack.kernel.query.totals.CategorySubtotalView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.IndicatorTotalsView;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The projection fed a whole review cycle as one processor batch, read back through the query handler. */
class TotalsProjectionTest extends TotalsDatabaseTest {

    @Autowired
    TotalsProjection projection;
    @Autowired
    TotalsQueryHandler handler;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    TotalsEventFeed feed;

    @BeforeEach
    void reviewCycle() {
        TotalsScenario.accounts(jdbc);
        feed = new TotalsEventFeed(projection, entityManager);
        TotalsScenario.reviewCycle(feed);
        feed.commitBatch();
    }

    private AssessmentTotalsView totals(String asOf) {
        return handler.handle(new FindAssessmentTotals(DONGSHAN_2019, asOf == null ? null : Instant.parse(asOf))).orElseThrow();
    }

    private static IndicatorTotalsView indicator(AssessmentTotalsView totals, String code) {
        return totals.indicators().stream().filter(i -> i.indicatorCode().equals(code)).findFirst().orElseThrow();
    }

    private static CategorySubtotalView category(AssessmentTotalsView totals, String code) {
        return totals.categories().stream().filter(c -> c.categoryCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void a_lifted_cap_lets_the_whole_verified_bonus_count_and_a_revised_one_caps_it_again() {
        feed.at("2020-02-20T00:00:00Z", SCHEME.value(), TotalsScenario.OFFICE, new BonusCapRevised(SCHEME, s("1"), null, "不设上限"));
        feed.commitBatch();
        AssessmentTotalsView uncapped = totals(null);
        assertThat(uncapped.bonusCap()).isNull();
        assertThat(uncapped.bonus()).isEqualTo(s("1.5"));
        assertThat(uncapped.bonusCapReached()).isFalse();
        assertThat(uncapped.total()).isEqualTo(uncapped.base().plus(s("1.5")));

        feed.at("2020-02-21T00:00:00Z", SCHEME.value(), TotalsScenario.OFFICE, new BonusCapRevised(SCHEME, null, s("1.2"), "恢复上限"));
        feed.commitBatch();
        AssessmentTotalsView capped = totals(null);
        assertThat(capped.bonusCap()).isEqualTo(s("1.2"));
        assertThat(capped.bonus()).isEqualTo(s("1.2"));
        assertThat(capped.bonusCapReached()).isTrue();
    }

    @Test
    void an_adjusted_indicator_shows_the_claim_the_effective_score_and_the_events_that_set_each() {
        IndicatorTotalsView row = indicator(totals(null), "1.1.2");

        assertThat(row.name()).isEqualTo("政协工作");
        assertThat(row.claimedScore()).isEqualTo(s("5"));
        assertThat(row.effectiveScore()).isEqualTo(s("3"));
        assertThat(row.adjusted()).isTrue();
        assertThat(row.claimEventId()).isEqualTo(feed.id("claim 1.1.2"));
        assertThat(row.effectiveEventId()).isEqualTo(feed.id("adjust 1.1.2"));
    }

    @Test
    void category_subtotals_stand_against_their_budgets_in_scheme_order() {
        AssessmentTotalsView totals = totals(null);

        assertThat(totals.categories()).extracting(CategorySubtotalView::categoryCode).containsExactly("1.1", "2.1");
        CategorySubtotalView partyBuilding = category(totals, "1.1");
        assertThat(partyBuilding.claimedSubtotal()).isEqualTo(s("20"));
        assertThat(partyBuilding.subtotal()).isEqualTo(s("18"));
        assertThat(partyBuilding.budget()).isEqualTo(s("20"));
        assertThat(partyBuilding.withinBudget()).isTrue();
        assertThat(category(totals, "2.1").budget()).isEqualTo(s("6"));
    }

    @Test
    void only_verified_bonus_counts_capped_at_the_schemes_cap_with_the_claimed_bonus_beside_it() {
        AssessmentTotalsView totals = totals(null);

        assertThat(totals.claimedBonus()).isEqualTo(s("2"));
        assertThat(totals.verifiedBonus()).isEqualTo(s("1.5"));
        assertThat(totals.bonusCap()).isEqualTo(s("1"));
        assertThat(totals.bonus()).isEqualTo(s("1"));
        assertThat(totals.bonusCapReached()).isTrue();
        // the unit's claimed 2 points of bonus come to 1 under the same cap
        assertThat(totals.claimedTotal()).isEqualTo(totals.claimedBase().plus(s("1")));
        assertThat(totals.bonusAwards()).extracting(BonusAwardView::bonusClaimId, BonusAwardView::state, BonusAwardView::verifiedPoints)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("b1", "VERIFIED", s("0.5")),
                        org.assertj.core.groups.Tuple.tuple("b2", "VERIFIED", s("0.5")),
                        org.assertj.core.groups.Tuple.tuple("b3", "VERIFIED", s("0.5")),
                        org.assertj.core.groups.Tuple.tuple("b4", "REJECTED", s("0")));
    }

    @Test
    void the_total_is_base_plus_capped_bonus_beside_the_declared_totals_with_status() {
        AssessmentTotalsView totals = totals(null);

        assertThat(totals.claimedBase()).isEqualTo(s("24"));
        assertThat(totals.base()).isEqualTo(s("22"));
        assertThat(totals.total()).isEqualTo(s("23"));
        assertThat(totals.declared()).isEqualTo(new DeclaredTotals(s("24"), s("2"), s("26")));
        assertThat(totals.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(totals.unitName()).isEqualTo("东山侗族乡");
        assertThat(totals.vetoed()).isFalse();
        assertThat(totals.asOf()).isNull();
    }

    @Test
    void as_of_before_the_adjustment_the_old_total_and_after_it_the_new_one() {
        AssessmentTotalsView before = totals(BEFORE_REVIEW);
        AssessmentTotalsView after = totals(AFTER_ADJUSTMENT);

        assertThat(before.base()).isEqualTo(s("24"));
        assertThat(before.total()).isEqualTo(s("24"));
        assertThat(indicator(before, "1.1.2").effectiveScore()).isEqualTo(s("5"));
        assertThat(indicator(before, "1.1.2").adjusted()).isFalse();
        assertThat(after.base()).isEqualTo(s("22"));
        assertThat(after.total()).isEqualTo(s("22"));
        assertThat(after.bonus()).isEqualTo(s("0"));
        assertThat(after.asOf()).isEqualTo(Instant.parse(AFTER_ADJUSTMENT));
    }

    @Test
    void as_of_before_the_budget_revision_the_category_keeps_its_old_budget() {
        assertThat(category(totals(BEFORE_REVIEW), "2.1").budget()).isEqualTo(s("5"));
        assertThat(indicator(totals(BEFORE_REVIEW), "2.1.1").maxPoints()).isEqualTo(s("5"));
        assertThat(indicator(totals(null), "2.1.1").maxPoints()).isEqualTo(s("6"));
    }

    @Test
    void as_of_before_the_submission_no_declared_totals_and_the_status_is_open() {
        AssessmentTotalsView totals = totals("2020-01-07T00:00:00Z");

        assertThat(totals.declared()).isNull();
        assertThat(totals.status()).isEqualTo(AssessmentStatus.OPEN);
        assertThat(totals.claimedBonus()).isEqualTo(s("2"));
    }

    @Test
    void as_of_before_the_assessment_was_opened_there_are_no_totals() {
        assertThat(handler.handle(new FindAssessmentTotals(DONGSHAN_2019, Instant.parse("2019-11-30T00:00:00Z")))).isEmpty();
    }

    @Test
    void the_ranking_puts_the_vetoed_unit_last_unranked_with_category_columns() {
        RankingView ranking = handler.handle(new FindSchemeRanking(SCHEME, null, null)).orElseThrow();

        assertThat(ranking.categories()).extracting(c -> c.categoryCode()).containsExactly("1.1", "2.1");
        assertThat(ranking.rows()).extracting(RankingRow::unitId, RankingRow::rank, RankingRow::total, RankingRow::vetoed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CHANGPU, 1, s("24"), false),
                        org.assertj.core.groups.Tuple.tuple(DONGSHAN, 2, s("23"), false),
                        org.assertj.core.groups.Tuple.tuple(HUANGSANG, null, s("25"), true));
        assertThat(ranking.rows().get(1).categorySubtotals()).containsEntry("1.1", s("18")).containsEntry("2.1", s("4"));
    }

    @Test
    void the_ranking_as_of_before_review_has_no_veto_and_equal_totals_share_a_rank() {
        RankingView ranking = handler.handle(new FindSchemeRanking(SCHEME, Instant.parse(BEFORE_REVIEW), null)).orElseThrow();

        assertThat(ranking.rows()).extracting(RankingRow::unitId, RankingRow::rank, RankingRow::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HUANGSANG, 1, s("25")),
                        org.assertj.core.groups.Tuple.tuple(DONGSHAN, 2, s("24")),
                        org.assertj.core.groups.Tuple.tuple(CHANGPU, 2, s("24")));
    }

    @Test
    void a_ranking_narrowed_to_one_unit_keeps_that_units_rank_among_all() {
        RankingView ranking = handler.handle(new FindSchemeRanking(SCHEME, null, DONGSHAN)).orElseThrow();

        assertThat(ranking.rows()).singleElement().satisfies(row -> {
            assertThat(row.unitId()).isEqualTo(DONGSHAN);
            assertThat(row.rank()).isEqualTo(2);
        });
    }

    @Test
    void the_ranking_of_an_unknown_scheme_is_empty() {
        assertThat(handler.handle(new FindSchemeRanking(org.evaltrack.kernel.scheme.SchemeId.of("nope"), null, null))).isEmpty();
    }

    @Test
    void a_lifted_veto_no_longer_counts_but_still_does_as_of_the_time_between() {
        feed.at("2020-01-25T00:00:00Z", HUANGSANG_2019.value(), REVIEWER, new VetoLifted(HUANGSANG_2019, "V1", "复核撤销"));
        feed.commitBatch();

        AssessmentTotalsView now = handler.handle(new FindAssessmentTotals(HUANGSANG_2019)).orElseThrow();
        AssessmentTotalsView between = handler.handle(new FindAssessmentTotals(HUANGSANG_2019, Instant.parse("2020-01-23T00:00:00Z")))
                .orElseThrow();

        assertThat(now.vetoed()).isFalse();
        assertThat(between.vetoed()).isTrue();
        assertThat(between.vetoes()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("安全生产重大事故");
            assertThat(v.reason()).isEqualTo("发生较大安全事故");
        });
    }

    @Test
    void every_change_appends_one_history_row_and_each_item_keeps_one_current_row() {
        // 东山: opened, 3 claims, 4 bonus claims, submission (3 declared + status), adjustment, 3 verifications, 1 rejection
        assertThat(jdbc.queryForObject("select count(*) from totals_score_change where assessment_id = ?", Integer.class,
                DONGSHAN_2019.value())).isEqualTo(1 + 3 + 4 + 4 + 1 + 3 + 1);
        // status, 3 indicators, 4 bonus claims, 3 declared figures
        assertThat(jdbc.queryForObject("select count(*) from totals_item where assessment_id = ?", Integer.class,
                DONGSHAN_2019.value())).isEqualTo(1 + 3 + 4 + 3);
    }

    @Test
    void history_rows_carry_actor_role_correlation_and_reason() {
        var row = jdbc.queryForMap("select actor_id, actor_role, correlation_id, reason, value_before, effective_value"
                + " from totals_score_change where event_id = ?", feed.id("adjust 1.1.2"));

        assertThat(row.get("actor_id")).isEqualTo("user-reviewer");
        assertThat(row.get("actor_role")).isEqualTo("REVIEWER");
        assertThat((String) row.get("correlation_id")).startsWith("corr-");
        assertThat(row.get("reason")).isEqualTo("会议记录不全");
        assertThat(row.get("value_before")).isEqualTo(new java.math.BigDecimal("5.00"));
        assertThat(row.get("effective_value")).isEqualTo(new java.math.BigDecimal("3.00"));
    }

    @Test
    void an_item_change_delivered_twice_counts_once() {
        feed.at("2020-01-23T00:00:00Z", DONGSHAN_2019.value(), REVIEWER, new org.evaltrack.kernel.assessment.ReviewAdjustmentMade(
                DONGSHAN_2019, SCHEME, DONGSHAN, "1.1.1", s("15"), s("14"), s("15"), "台账不全"));
        feed.commitBatch();
        int rows = jdbc.queryForObject("select count(*) from totals_score_change", Integer.class);

        feed.redeliverLast();
        feed.commitBatch();

        assertThat(jdbc.queryForObject("select count(*) from totals_score_change", Integer.class)).isEqualTo(rows);
        assertThat(totals(null).base()).isEqualTo(s("21"));
    }

    @Test
    void the_reset_handler_empties_every_totals_table() {
        feed.reset();

        for (String table : List.of("totals_scheme", "totals_category", "totals_indicator", "totals_scheme_change", "totals_unit",
                "totals_assessment", "totals_item", "totals_score_change")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
    }

    @Test
    void a_replay_after_reset_rebuilds_the_same_totals() {
        AssessmentTotalsView live = totals(null);
        feed.reset();

        TotalsScenario.reviewCycle(new TotalsEventFeed(projection, entityManager));
        feed.commitBatch();

        AssessmentTotalsView rebuilt = totals(null);
        assertThat(rebuilt).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(".*EventId", "bonusAwards.lastEventId")
                .isEqualTo(live);
    }
}

package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.totals.ScorecardFixture.ASSESSMENT;
import static org.evaltrack.query.totals.ScorecardFixture.CHANGPU;
import static org.evaltrack.query.totals.ScorecardFixture.DONGSHAN;
import static org.evaltrack.query.totals.ScorecardFixture.OTHER_ASSESSMENT;
import static org.evaltrack.query.totals.ScorecardFixture.SCHEME;
import static org.evaltrack.query.totals.ScorecardFixture.bonus;
import static org.evaltrack.query.totals.ScorecardFixture.claimed;
import static org.evaltrack.query.totals.ScorecardFixture.evidence;
import static org.evaltrack.query.totals.ScorecardFixture.opened;
import static org.evaltrack.query.totals.ScorecardFixture.s;

import java.time.Instant;
import java.util.List;
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
import org.evaltrack.kernel.query.FindScorecard;
import org.evaltrack.kernel.query.IndicatorScoreView;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the totals projection keeps for the scorecard, read back through {@link ScorecardQueryHandler}:
 * given a published scheme and an opened assessment, when events arrive, then the scorecard shows them.
 */
class ScorecardProjectionTest extends TotalsDatabaseTest {

    @Autowired
    TotalsProjection projection;
    @Autowired
    ScorecardQueryHandler handler;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    ScorecardEventFeed events;

    @BeforeEach
    void publishSchemeAndOpen() {
        events = new ScorecardEventFeed(projection, entityManager);
        events.feed(ScorecardFixture.publishedScheme("1.00").toArray());
        events.feed(opened(ASSESSMENT, DONGSHAN));
    }

    private ScorecardView scorecard() {
        return scorecard(ASSESSMENT);
    }

    private ScorecardView scorecard(AssessmentId assessment) {
        events.commitBatch();
        return handler.handle(new FindScorecard(assessment)).orElseThrow();
    }

    private IndicatorScoreView row(String code) {
        return scorecard().indicators().stream().filter(r -> r.indicatorCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void opening_lays_out_one_row_per_scheme_indicator_in_scheme_order() {
        List<IndicatorScoreView> rows = scorecard().indicators();

        assertThat(rows).extracting(IndicatorScoreView::indicatorCode).containsExactly("1.1.1", "1.1.2", "2.1.2");
        assertThat(rows.get(0).categoryName()).isEqualTo("三大攻坚战");
        assertThat(rows.get(0).maxPoints()).isEqualTo(s("15"));
        assertThat(rows.get(0).claimedScore()).isNull();
        assertThat(rows.get(0).claimRevision()).isZero();
        assertThat(rows.get(2).scoringMode()).isEqualTo(ScoringMode.DEDUCTION_ONLY);
        assertThat(rows.get(2).floor()).isEqualTo(s("-2"));
    }

    @Test
    void opening_shows_unit_name_year_and_bonus_cap_and_starts_at_zero() {
        ScorecardView view = scorecard();

        assertThat(view.unitName()).isEqualTo("东山侗族乡");
        assertThat(view.year()).isEqualTo(2019);
        assertThat(view.status()).isEqualTo(AssessmentStatus.OPEN);
        assertThat(view.bonusCap()).isEqualTo(s("1"));
        assertThat(view.computedBase()).isEqualTo(s("0"));
        assertThat(view.total()).isEqualTo(s("0"));
        assertThat(view.declared()).isNull();
    }

    @Test
    void a_claim_becomes_the_effective_score_and_adds_to_both_bases() {
        events.feed(claimed("1.1.1", "15"), claimed("1.1.2", "4.5"));

        assertThat(row("1.1.2")).extracting(IndicatorScoreView::claimedScore, IndicatorScoreView::effectiveScore,
                IndicatorScoreView::claimRevision).containsExactly(s("4.5"), s("4.5"), 1);
        assertThat(scorecard()).extracting(ScorecardView::claimedBase, ScorecardView::computedBase, ScorecardView::total)
                .containsExactly(s("19.5"), s("19.5"), s("19.5"));
    }

    @Test
    void a_revised_claim_replaces_the_earlier_one_and_counts_the_revision() {
        events.feed(claimed("1.1.1", "15"), claimed(ASSESSMENT, DONGSHAN, "1.1.1", "15", "12.5", 2));

        assertThat(row("1.1.1")).extracting(IndicatorScoreView::claimedScore, IndicatorScoreView::claimRevision)
                .containsExactly(s("12.5"), 2);
        assertThat(scorecard()).extracting(ScorecardView::claimedBase, ScorecardView::computedBase)
                .containsExactly(s("12.5"), s("12.5"));
    }

    @Test
    void a_review_adjustment_replaces_the_effective_score_but_keeps_the_claim() {
        events.feed(claimed("1.1.1", "15"), new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", s("15"), s("13"),
                s("15"), "two households misclassified"));

        assertThat(row("1.1.1")).extracting(IndicatorScoreView::claimedScore, IndicatorScoreView::effectiveScore,
                IndicatorScoreView::adjusted).containsExactly(s("15"), s("13"), true);
        assertThat(scorecard()).extracting(ScorecardView::claimedBase, ScorecardView::computedBase)
                .containsExactly(s("15"), s("13"));
    }

    @Test
    void an_adjustment_of_an_indicator_nothing_was_claimed_for_adds_to_the_computed_base_only() {
        events.feed(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.2", null, s("3"), s("5"), "scored from records"));

        assertThat(scorecard()).extracting(ScorecardView::claimedBase, ScorecardView::computedBase)
                .containsExactly(s("0"), s("3"));
    }

    @Test
    void a_deduction_claimed_on_a_deduction_only_indicator_lowers_the_base() {
        events.feed(claimed("1.1.1", "15"), new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "2.1.2", null, s("-1.5"), s("0"),
                ScoringMode.DEDUCTION_ONLY, "one target missed", List.of(), 1));

        assertThat(scorecard().computedBase()).isEqualTo(s("13.5"));
    }

    @Test
    void evidence_counts_what_is_attached_less_what_is_withdrawn_or_rejected() {
        events.feed(evidence("e1", Set.of("1.1.1", "1.1.2")), evidence("e2", Set.of("1.1.1")), evidence("e3", Set.of("1.1.1")),
                new EvidenceWithdrawn(ASSESSMENT, EvidenceId.of("e2"), Set.of("1.1.1"), Set.of(), "wrong file"),
                new EvidenceRejected(ASSESSMENT, EvidenceId.of("e1"), Set.of("1.1.1", "1.1.2"), Set.of(), "illegible"));

        assertThat(row("1.1.1").evidenceCount()).isEqualTo(1);
        assertThat(row("1.1.2").evidenceCount()).isZero();
    }

    @Test
    void evidence_naming_an_indicator_the_scheme_lacks_adds_no_row() {
        events.feed(evidence("e1", Set.of("9.9.9", "1.1.1")));

        assertThat(row("1.1.1").evidenceCount()).isEqualTo(1);
        assertThat(scorecard().indicators()).extracting(IndicatorScoreView::indicatorCode).containsExactly("1.1.1", "1.1.2", "2.1.2");
    }

    @Test
    void evidence_delivered_again_is_counted_once() {
        events.feed(evidence("e1", Set.of("1.1.1")));
        events.again();

        assertThat(row("1.1.1").evidenceCount()).isEqualTo(1);
    }

    @Test
    void claimed_bonus_counts_every_claim_but_only_verified_bonus_counts_toward_the_total() {
        events.feed(claimed("1.1.1", "15"), bonus("b1", "0.5", null), bonus("b2", "0.5", "b1"), bonus("b3", "0.5", null),
                new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("b1"), BonusLevel.CENTRAL_MEDIA, s("0.5"), "checked"),
                new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("b2"), BonusLevel.CENTRAL_MEDIA, s("0.5"),
                        BonusClaimId.of("b1"), "duplicate of b1"));

        assertThat(scorecard()).extracting(ScorecardView::claimedBonus, ScorecardView::verifiedBonus, ScorecardView::total)
                .containsExactly(s("1.5"), s("0.5"), s("15.5"));
    }

    @Test
    void the_scorecard_answers_verified_bonus_before_the_cap_and_bonus_after_it_as_the_totals_do() {
        events.feed(bonus("b1", "0.5", null), bonus("b2", "0.5", null), bonus("b3", "0.5", null));
        for (String id : List.of("b1", "b2", "b3")) {
            events.feed(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, s("0.5"), null));
        }

        assertThat(scorecard()).extracting(ScorecardView::verifiedBonus, ScorecardView::bonus, ScorecardView::total)
                .containsExactly(s("1.5"), s("1"), s("1"));
    }

    @Test
    void submission_keeps_the_declared_totals_beside_the_computed_ones() {
        events.feed(claimed("1.1.1", "15"), new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN,
                new DeclaredTotals(s("100"), s("5.3"), s("105.3")), s("15"), s("0"), Instant.parse("2020-01-08T01:00:00Z")));

        ScorecardView view = scorecard();
        assertThat(view.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(view.declared()).isEqualTo(new DeclaredTotals(s("100"), s("5.3"), s("105.3")));
        assertThat(view.computedBase()).isEqualTo(s("15"));
    }

    @Test
    void an_assessment_stays_vetoed_until_every_applied_veto_is_lifted() {
        events.feed(new VetoApplied(ASSESSMENT, "V1", "重大安全生产责任事故", "accident"),
                new VetoApplied(ASSESSMENT, "V2", "重大群体性事件", "incident"),
                new VetoLifted(ASSESSMENT, "V1", "finding withdrawn"));
        assertThat(scorecard().vetoed()).isTrue();

        events.feed(new VetoLifted(ASSESSMENT, "V2", "finding withdrawn"));
        assertThat(scorecard().vetoed()).isFalse();
    }

    @Test
    void finalizing_and_reopening_set_the_status_the_events_name() {
        events.feed(new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, s("0"), s("0"), s("0"), false,
                Instant.parse("2020-02-01T00:00:00Z")));
        assertThat(scorecard().status()).isEqualTo(AssessmentStatus.FINALIZED);

        events.feed(new AssessmentReopened(ASSESSMENT, AssessmentStatus.FINALIZED, AssessmentStatus.SUBMITTED, "recount"));
        assertThat(scorecard().status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    // ---- segments run apart: another aggregate's events may come later -------------------------------

    @Test
    void an_assessment_opened_before_its_unit_is_projected_is_kept_and_named_once_the_unit_is_there() {
        AssessmentId late = AssessmentId.of("assessment-late");
        UnitId unit = UnitId.of("unit-late");
        events.feed(new AssessmentOpened(late, SCHEME, unit, 2019, Instant.parse("2019-12-02T00:00:00Z")));
        assertThat(scorecard(late).unitName()).as("named by its id meanwhile").isEqualTo("unit-late");

        events.feed(new UnitRegistered(unit, "后到乡", UnitKind.TOWNSHIP));

        assertThat(scorecard(late).unitName()).isEqualTo("后到乡");
        assertThat(scorecard(late).indicators()).hasSize(3);
    }

    @Test
    void a_revised_indicator_changes_the_maximum_and_floor_on_every_scorecard_of_the_scheme() {
        events.feed(opened(OTHER_ASSESSMENT, CHANGPU),
                new IndicatorRevised(SCHEME, "1.1", "1.1.2", s("5"), s("4"), null, s("-1"), "budget moved"));

        for (AssessmentId assessment : List.of(ASSESSMENT, OTHER_ASSESSMENT)) {
            IndicatorScoreView revised = scorecard(assessment).indicators().get(1);
            assertThat(revised.maxPoints()).as(assessment.value()).isEqualTo(s("4"));
            assertThat(revised.floor()).as(assessment.value()).isEqualTo(s("-1"));
        }
    }

    @Test
    void the_scorecard_and_its_row_carry_the_time_of_their_latest_event_evidence_included() {
        Instant claimedAt = Instant.parse("2020-01-09T08:30:00Z");
        Instant evidenceAt = Instant.parse("2020-01-09T09:00:00Z");
        events.at(claimedAt, claimed("1.1.1", "15"));
        assertThat(row("1.1.1").lastChangedAt()).isEqualTo(claimedAt);
        assertThat(scorecard().lastEventAt()).isEqualTo(claimedAt);

        events.at(evidenceAt, evidence("e1", Set.of("1.1.1")));

        assertThat(row("1.1.1").lastChangedAt()).isEqualTo(evidenceAt);
        assertThat(row("1.1.2").lastChangedAt()).as("untouched since opening").isNull();
        assertThat(scorecard().lastEventAt()).isEqualTo(evidenceAt);
    }

    @Test
    void reset_clears_the_evidence_counts_with_every_totals_table() {
        events.feed(claimed("1.1.1", "15"), evidence("e1", Set.of("1.1.1")));
        events.commitBatch();

        events.reset();

        for (String table : List.of("totals_evidence", "totals_assessment", "totals_item", "totals_unit", "totals_scheme")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
        assertThat(handler.handle(new FindScorecard(ASSESSMENT))).isEmpty();
    }
}

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
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.query.FindScorecard;
import org.evaltrack.kernel.query.FindScorecardsOfScheme;
import org.evaltrack.kernel.query.IndicatorScoreView;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scorecard queries answered from the totals tables, on two townships under one scheme. */
class ScorecardQueryHandlerTest extends TotalsDatabaseTest {

    @Autowired
    TotalsProjection projection;
    @Autowired
    ScorecardQueryHandler handler;
    @Autowired
    TotalsQueryHandler totals;
    @Autowired
    EntityManager entityManager;

    ScorecardEventFeed events;

    @BeforeEach
    void twoTownshipsUnderOneScheme() {
        events = new ScorecardEventFeed(projection, entityManager);
        events.feed(ScorecardFixture.publishedScheme("10").toArray());
        events.feed(opened(ASSESSMENT, DONGSHAN), opened(OTHER_ASSESSMENT, CHANGPU),
                claimed("1.1.1", "15"), claimed("1.1.2", "5"),
                new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.2", s("5"), s("4"), s("5"), "one arrear found"),
                evidence("e1", Set.of("1.1.1")),
                bonus("b1", "0.5", null),
                new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("b1"), BonusLevel.CENTRAL_MEDIA, s("0.5"), null),
                new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN, new DeclaredTotals(s("20"), s("0.5"), s("20.5")),
                        s("20"), s("0.5"), Instant.parse("2020-01-08T01:00:00Z")),
                claimed(OTHER_ASSESSMENT, CHANGPU, "1.1.1", null, "14", 1));
        events.commitBatch();
    }

    /** The answer the former scorecard read model gave for these events, field for field. */
    @Test
    void the_reference_scorecard_is_answered_as_the_former_scorecard_model_answered_it() {
        Instant opened = Instant.parse("2020-01-05T02:11:00Z");
        ScorecardView expected = new ScorecardView(ASSESSMENT, SCHEME, DONGSHAN, "东山侗族乡", 2019, AssessmentStatus.SUBMITTED,
                new DeclaredTotals(s("20"), s("0.5"), s("20.5")), s("20"), s("19"), s("0.5"), s("0.5"), s("0.5"), s("10"),
                s("19.5"), false, opened.plusSeconds(8 * 60), List.of(
                new IndicatorScoreView("1.1.1", "精准脱贫", "1.1", "三大攻坚战", ScoringMode.STANDARD, s("15"), null, s("15"),
                        s("15"), false, 1, 1, opened.plusSeconds(5 * 60)),
                new IndicatorScoreView("1.1.2", "防范化解重大风险", "1.1", "三大攻坚战", ScoringMode.STANDARD, s("5"), null, s("5"),
                        s("4"), true, 1, 0, opened.plusSeconds(4 * 60)),
                new IndicatorScoreView("2.1.2", "全面小康", "2.1", "高质量发展任务", ScoringMode.DEDUCTION_ONLY, s("0"), s("-2"),
                        null, null, false, 0, 0, null)));

        assertThat(handler.handle(new FindScorecard(ASSESSMENT))).contains(expected);
    }

    @Test
    void the_scorecard_shows_the_figures_of_the_totals_under_its_own_names() {
        ScorecardView card = handler.handle(new FindScorecard(ASSESSMENT)).orElseThrow();
        AssessmentTotalsView sums = totals.handle(new FindAssessmentTotals(ASSESSMENT, null)).orElseThrow();

        assertThat(card.computedBase()).isEqualTo(sums.base());
        assertThat(card.claimedBase()).isEqualTo(sums.claimedBase());
        assertThat(card.claimedBonus()).isEqualTo(sums.claimedBonus());
        assertThat(card.verifiedBonus()).isEqualTo(sums.verifiedBonus());
        assertThat(card.bonus()).isEqualTo(sums.bonus());
        assertThat(card.total()).isEqualTo(sums.total());
        assertThat(card.declared()).isEqualTo(sums.declared());
    }

    @Test
    void an_unclaimed_indicator_maps_to_null_scores_not_zero() {
        IndicatorScoreView deduction = handler.handle(new FindScorecard(ASSESSMENT)).orElseThrow().indicators().get(2);

        assertThat(deduction.claimedScore()).isNull();
        assertThat(deduction.effectiveScore()).isNull();
        assertThat(deduction.claimRevision()).isZero();
        assertThat(deduction.lastChangedAt()).isNull();
    }

    @Test
    void a_scorecard_not_yet_submitted_has_no_declared_totals() {
        ScorecardView view = handler.handle(new FindScorecard(OTHER_ASSESSMENT)).orElseThrow();

        assertThat(view.status()).isEqualTo(AssessmentStatus.OPEN);
        assertThat(view.declared()).isNull();
    }

    @Test
    void an_unknown_assessment_gives_no_scorecard() {
        assertThat(handler.handle(new FindScorecard(AssessmentId.of("nope")))).isEmpty();
    }

    @Test
    void a_vetoed_assessment_is_marked_vetoed() {
        events.feed(new VetoApplied(ASSESSMENT, "V1", "重大安全生产责任事故", "accident"));
        events.commitBatch();

        assertThat(handler.handle(new FindScorecard(ASSESSMENT)).orElseThrow().vetoed()).isTrue();
    }

    @Test
    void the_scorecards_of_a_scheme_come_highest_total_first_each_with_its_own_rows() {
        List<ScorecardView> views = handler.handle(new FindScorecardsOfScheme(SCHEME));

        assertThat(views).extracting(ScorecardView::unitName).containsExactly("东山侗族乡", "长铺子苗族侗族乡");
        assertThat(views).extracting(ScorecardView::total).containsExactly(s("19.5"), s("14"));
        assertThat(views.get(0)).isEqualTo(handler.handle(new FindScorecard(ASSESSMENT)).orElseThrow());
        assertThat(views.get(1).indicators()).hasSize(3)
                .extracting(IndicatorScoreView::claimedScore).containsExactly(s("14"), null, null);
    }

    @Test
    void the_scorecards_of_a_scheme_narrowed_to_a_unit_hold_only_that_unit() {
        List<ScorecardView> views = handler.handle(new FindScorecardsOfScheme(SCHEME, CHANGPU));

        assertThat(views).extracting(ScorecardView::unitId).containsExactly(CHANGPU);
    }

    @Test
    void an_unknown_scheme_has_no_scorecards() {
        assertThat(handler.handle(new FindScorecardsOfScheme(SchemeId.of("scheme-none")))).isEmpty();
    }
}

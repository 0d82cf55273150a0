package org.evaltrack.query.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScorecardQueryHandlerTest extends ScorecardDatabaseTest {

    @Autowired
    ScorecardProjection projection;
    @Autowired
    ScorecardQueryHandler handler;
    @Autowired
    EntityManager entityManager;

    EventFeed events;

    @BeforeEach
    void twoTownshipsUnderOneScheme() {
        events = new EventFeed(projection, entityManager);
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

    @Test
    void a_scorecard_maps_its_totals_declared_beside_computed() {
        ScorecardView view = handler.handle(new FindScorecard(ASSESSMENT)).orElseThrow();

        assertThat(view.assessmentId()).isEqualTo(ASSESSMENT);
        assertThat(view.schemeId()).isEqualTo(SCHEME);
        assertThat(view.unitId()).isEqualTo(DONGSHAN);
        assertThat(view.unitName()).isEqualTo("东山侗族乡");
        assertThat(view.year()).isEqualTo(2019);
        assertThat(view.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(view.declared()).isEqualTo(new DeclaredTotals(s("20"), s("0.5"), s("20.5")));
        assertThat(view.claimedBase()).isEqualTo(s("20"));
        assertThat(view.computedBase()).isEqualTo(s("19"));
        assertThat(view.claimedBonus()).isEqualTo(s("0.5"));
        assertThat(view.verifiedBonus()).isEqualTo(s("0.5"));
        assertThat(view.bonus()).isEqualTo(s("0.5"));
        assertThat(view.bonusCap()).isEqualTo(s("10"));
        assertThat(view.total()).isEqualTo(s("19.5"));
        assertThat(view.vetoed()).isFalse();
        assertThat(view.lastEventAt()).isNotNull();
    }

    @Test
    void a_scorecard_lists_its_indicator_rows_in_scheme_order_with_claim_effective_score_and_evidence() {
        List<IndicatorScoreView> rows = handler.handle(new FindScorecard(ASSESSMENT)).orElseThrow().indicators();

        assertThat(rows).extracting(IndicatorScoreView::indicatorCode).containsExactly("1.1.1", "1.1.2", "2.1.2");
        IndicatorScoreView risk = rows.get(1);
        assertThat(risk.name()).isEqualTo("防范化解重大风险");
        assertThat(risk.categoryCode()).isEqualTo("1.1");
        assertThat(risk.categoryName()).isEqualTo("三大攻坚战");
        assertThat(risk.maxPoints()).isEqualTo(s("5"));
        assertThat(risk.claimedScore()).isEqualTo(s("5"));
        assertThat(risk.effectiveScore()).isEqualTo(s("4"));
        assertThat(risk.adjusted()).isTrue();
        assertThat(risk.claimRevision()).isEqualTo(1);
        assertThat(rows.get(0).evidenceCount()).isEqualTo(1);
        assertThat(rows.get(0).lastChangedAt()).isNotNull();
    }

    @Test
    void an_unclaimed_indicator_maps_to_null_scores_not_zero() {
        IndicatorScoreView deduction = handler.handle(new FindScorecard(ASSESSMENT)).orElseThrow().indicators().get(2);

        assertThat(deduction.scoringMode()).isEqualTo(ScoringMode.DEDUCTION_ONLY);
        assertThat(deduction.floor()).isEqualTo(s("-2"));
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

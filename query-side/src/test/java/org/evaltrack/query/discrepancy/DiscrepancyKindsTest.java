package org.evaltrack.query.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.ASSESSMENT;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.DONGSHAN;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.EVIDENCE_DUE;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.SCHEME;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.bonus;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.claimed;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.evidence;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.figure;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.opened;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.s;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.submitted;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.EvidenceCaptureTimeAccepted;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.query.discrepancy.AssessmentDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySeverity;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.FindAssessmentDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.SubjectType;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.CategoryBudgetRevised;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.junit.jupiter.api.BeforeEach;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per kind of discrepancy, each fed the real events that produce it, on PostgreSQL. */
class DiscrepancyKindsTest extends DiscrepancyDatabaseTest {

    static final Instant ON_TIME = Instant.parse("2020-01-06T00:00:00Z");

    @Autowired
    DiscrepancyProjection projection;
    @Autowired
    DiscrepancyQueryHandler queries;
    @Autowired
    EntityManager entityManager;

    DiscrepancyFeed events;

    @BeforeEach
    void publishScheme() {
        events = new DiscrepancyFeed(projection, entityManager);
        DiscrepancyFixture.publishedScheme().forEach(events::feed);
    }

    private AssessmentDiscrepanciesView report() {
        events.commitBatch();
        return queries.handle(new FindAssessmentDiscrepancies(ASSESSMENT)).orElseThrow();
    }

    private List<DiscrepancyView> all() {
        AssessmentDiscrepanciesView report = report();
        return java.util.stream.Stream.concat(report.discrepancies().stream(), report.schemeDiscrepancies().stream()).toList();
    }

    private List<DiscrepancyView> ofKind(DiscrepancyKind kind) {
        return all().stream().filter(d -> d.kind() == kind).toList();
    }

    private void feedAll(List<Object> payloads) {
        payloads.forEach(events::feed);
    }

    /** Everything of the consistent assessment except the events that match the given types. */
    private void feedConsistentWithout(Class<?>... left) {
        DiscrepancyFixture.consistentAssessment().stream()
                .filter(e -> java.util.Arrays.stream(left).noneMatch(type -> type.isInstance(e)))
                .forEach(events::feed);
    }

    @Test
    void a_consistent_assessment_under_a_scheme_that_adds_up_has_no_discrepancies() {
        feedAll(DiscrepancyFixture.consistentAssessment());

        AssessmentDiscrepanciesView report = report();

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.schemeDiscrepancies()).isEmpty();
        assertThat(report.unitName()).isEqualTo("东山侗族乡");
        assertThat(report.status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void an_unknown_assessment_is_answered_empty() {
        assertThat(queries.handle(new FindAssessmentDiscrepancies(org.evaltrack.kernel.assessment.AssessmentId.of("nope")))).isEmpty();
    }

    @Test
    void declared_base_differing_from_the_sum_of_effective_scores_is_reported_with_the_events_behind_it() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);
        String submittedId = events.feed(submitted("10", "0.5", "10.5"));
        String adjustedId = events.feed(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1", s("6"), s("5"), s("6"), "台账不全"));

        DiscrepancyView d = ofKind(DiscrepancyKind.DECLARED_BASE_MISMATCH).get(0);

        assertThat(d.expected()).isEqualTo("9.00");
        assertThat(d.found()).isEqualTo("10.00");
        assertThat(d.severity()).isEqualTo(DiscrepancySeverity.ERROR);
        assertThat(d.subject().type()).isEqualTo(SubjectType.TOTALS);
        assertThat(d.eventIds()).contains(submittedId, adjustedId);
        assertThat(d.message().zhCn()).contains("基础分", "10.00", "9.00");
        assertThat(d.message().en()).contains("declared base score 10.00", "9.00");
    }

    @Test
    void declared_bonus_differing_from_the_claimed_bonus_sum_is_reported() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);
        String second = events.feed(bonus("bonus-2", "《省级报道》", "0.3", null));
        events.feed(submitted("10", "0.5", "10.5"));

        DiscrepancyView d = ofKind(DiscrepancyKind.DECLARED_BONUS_NOT_CLAIMED_SUM).get(0);

        assertThat(d.expected()).isEqualTo("0.80");
        assertThat(d.found()).isEqualTo("0.50");
        assertThat(d.eventIds()).contains(second);
    }

    @Test
    void declared_bonus_is_compared_with_the_verified_bonus_only_once_every_bonus_claim_is_decided() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);
        events.feed(bonus("bonus-2", "《省级报道》", "0.3", null));
        events.feed(submitted("10", "0.8", "10.8"));
        events.feed(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("bonus-1"), BonusLevel.CENTRAL_MEDIA, s("0.5"), "属实"));
        assertThat(ofKind(DiscrepancyKind.DECLARED_BONUS_NOT_VERIFIED)).as("one claim still pending").isEmpty();

        String rejected = events.feed(new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("bonus-2"), BonusLevel.CENTRAL_MEDIA,
                s("0.3"), null, "无原件"));

        DiscrepancyView d = ofKind(DiscrepancyKind.DECLARED_BONUS_NOT_VERIFIED).get(0);
        assertThat(d.expected()).isEqualTo("0.50");
        assertThat(d.found()).isEqualTo("0.80");
        assertThat(d.eventIds()).contains(rejected);
        assertThat(ofKind(DiscrepancyKind.DECLARED_BONUS_NOT_CLAIMED_SUM)).as("declared = claimed sum").isEmpty();
    }

    @Test
    void the_verified_bonus_counts_up_to_the_schemes_cap() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);
        events.feed(bonus("bonus-2", "《报道二》", "0.5", null), bonus("bonus-3", "《报道三》", "0.5", null));
        events.feed(submitted("10", "1.5", "11.5"));
        for (String id : List.of("bonus-1", "bonus-2", "bonus-3")) {
            events.feed(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, s("0.5"), "属实"));
        }

        assertThat(ofKind(DiscrepancyKind.DECLARED_BONUS_NOT_VERIFIED).get(0).expected()).isEqualTo("1.00");
        assertThat(ofKind(DiscrepancyKind.DECLARED_TOTAL_MISMATCH).get(0).expected()).isEqualTo("11.00");
    }

    @Test
    void a_lifted_cap_lets_the_whole_verified_bonus_count() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);
        events.feed(new BonusCapRevised(SCHEME, s("1"), null, "不设上限"));
        events.feed(bonus("bonus-2", "《报道二》", "0.5", null), bonus("bonus-3", "《报道三》", "0.5", null));
        events.feed(submitted("10", "1.5", "11.5"));
        for (String id : List.of("bonus-1", "bonus-2", "bonus-3")) {
            events.feed(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, s("0.5"), "属实"));
        }

        assertThat(ofKind(DiscrepancyKind.DECLARED_BONUS_NOT_VERIFIED)).as("1.5 declared, 1.5 verified, no cap").isEmpty();
        assertThat(ofKind(DiscrepancyKind.DECLARED_TOTAL_MISMATCH)).isEmpty();
    }

    @Test
    void a_declared_total_that_cannot_be_reproduced_is_reported_against_claimed_bonus_before_review() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);
        events.feed(submitted("10", "1", "11"));

        DiscrepancyView d = ofKind(DiscrepancyKind.DECLARED_TOTAL_MISMATCH).get(0);

        assertThat(d.expected()).isEqualTo("10.50");
        assertThat(d.found()).isEqualTo("11.00");
        assertThat(d.message().en()).contains("claimed bonus");
        assertThat(ofKind(DiscrepancyKind.DECLARED_TOTAL_NOT_SUM_OF_PARTS)).as("11 = 10 + 1").isEmpty();
    }

    @Test
    void a_declared_total_that_is_not_base_plus_bonus_is_reported() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);
        String submittedId = events.feed(submitted("10", "0.5", "11"));

        DiscrepancyView d = ofKind(DiscrepancyKind.DECLARED_TOTAL_NOT_SUM_OF_PARTS).get(0);

        assertThat(d.expected()).isEqualTo("10.50");
        assertThat(d.found()).isEqualTo("11.00");
        assertThat(d.eventIds()).containsExactly(submittedId);
    }

    @Test
    void nothing_is_compared_with_declared_totals_before_they_are_declared() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);

        assertThat(all()).isEmpty();
    }

    @Test
    void a_category_budget_that_no_longer_matches_its_indicators_after_a_revision_is_reported() {
        feedAll(DiscrepancyFixture.consistentAssessment());
        String revised = events.feed(new IndicatorRevised(SCHEME, "1", "1.2", s("4"), s("3"), null, null, "文件更正"));

        DiscrepancyView d = ofKind(DiscrepancyKind.CATEGORY_BUDGET_MISMATCH).get(0);

        assertThat(d.subject().type()).isEqualTo(SubjectType.CATEGORY);
        assertThat(d.subject().code()).isEqualTo("1");
        assertThat(d.expected()).isEqualTo("10.00");
        assertThat(d.found()).isEqualTo("9.00");
        assertThat(d.eventIds()).contains(revised);
        assertThat(report().discrepancies()).as("a scheme's own discrepancy is not the unit's")
                .noneMatch(x -> x.kind() == DiscrepancyKind.CATEGORY_BUDGET_MISMATCH);
    }

    @Test
    void a_revised_category_budget_is_compared_with_its_indicators() {
        feedAll(DiscrepancyFixture.consistentAssessment());
        String revised = events.feed(new CategoryBudgetRevised(SCHEME, "2", s("0"), s("2"), "增加分值"));

        DiscrepancyView d = ofKind(DiscrepancyKind.CATEGORY_BUDGET_MISMATCH).get(0);

        assertThat(d.subject().code()).isEqualTo("2");
        assertThat(d.expected()).isEqualTo("2.00");
        assertThat(d.found()).isEqualTo("0.00");
        assertThat(d.eventIds()).first().isEqualTo(revised);
    }

    @Test
    void a_claim_above_a_maximum_lowered_after_it_was_made_is_reported() {
        feedAll(DiscrepancyFixture.consistentAssessment());
        events.feed(new IndicatorRevised(SCHEME, "1", "1.2", s("4"), s("3"), null, null, "文件更正"));

        DiscrepancyView d = ofKind(DiscrepancyKind.CLAIM_ABOVE_MAX).get(0);

        assertThat(d.subject().code()).isEqualTo("1.2");
        assertThat(d.subject().name()).isEqualTo("污染防治");
        assertThat(d.expected()).isEqualTo("3.00");
        assertThat(d.found()).isEqualTo("4.00");
    }

    @Test
    void a_deduction_below_a_floor_raised_after_it_was_claimed_is_reported() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.ScoreClaimed.class);
        events.feed(claimed("1.1", "6"), claimed("1.2", "4"), claimed("2.1", "-2"));
        events.feed(new IndicatorRevised(SCHEME, "2", "2.1", s("0"), s("0"), s("-2"), s("-1"), "扣分上限调整"));

        DiscrepancyView d = ofKind(DiscrepancyKind.CLAIM_BELOW_FLOOR).get(0);

        assertThat(d.subject().code()).isEqualTo("2.1");
        assertThat(d.expected()).isEqualTo("-1.00");
        assertThat(d.found()).isEqualTo("-2.00");
    }

    @Test
    void an_indicator_without_a_claim_is_reported_and_a_deduction_only_indicator_claimed_at_zero_is_not() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.ScoreClaimed.class);
        events.feed(claimed("1.1", "6"), claimed("2.1", "0"));

        List<DiscrepancyView> missing = ofKind(DiscrepancyKind.MISSING_CLAIM);

        assertThat(missing).extracting(d -> d.subject().code()).containsExactly("1.2");
        assertThat(missing.get(0).expected()).isEqualTo("0.00 … 4.00");
        assertThat(missing.get(0).found()).isEqualTo(DiscrepancyRules.NONE);
        assertThat(missing.get(0).message().zhCn()).contains("污染防治", "已提交");
    }

    @Test
    void a_deduction_only_indicator_never_claimed_is_missing_too() {
        events.feed(opened(), claimed("1.1", "6"), claimed("1.2", "4"));

        List<DiscrepancyView> missing = ofKind(DiscrepancyKind.MISSING_CLAIM);

        assertThat(missing).extracting(d -> d.subject().code()).containsExactly("2.1");
        assertThat(missing.get(0).expected()).isEqualTo("-2.00 … 0.00");
        assertThat(missing.get(0).message().en()).contains("no claim yet");
    }

    @Test
    void an_indicator_claimed_only_after_the_submission_is_reported_as_missing_at_submission() {
        events.feed(opened(), claimed("1.1", "6"), claimed("2.1", "0"));
        feedConsistentWithout(org.evaltrack.kernel.assessment.AssessmentOpened.class, org.evaltrack.kernel.assessment.ScoreClaimed.class);
        events.feed(new AssessmentReopened(ASSESSMENT, AssessmentStatus.SUBMITTED, AssessmentStatus.OPEN, "补报"));
        String late = events.feed(claimed("1.2", "4"));

        List<DiscrepancyView> found = ofKind(DiscrepancyKind.CLAIM_MISSING_AT_SUBMISSION);

        assertThat(found).extracting(d -> d.subject().code()).containsExactly("1.2");
        assertThat(found.get(0).eventIds()).contains(late);
        assertThat(ofKind(DiscrepancyKind.MISSING_CLAIM)).isEmpty();
    }

    @Test
    void a_positive_claim_without_active_evidence_is_reported_once_its_evidence_is_withdrawn() {
        feedAll(DiscrepancyFixture.consistentAssessment());
        assertThat(ofKind(DiscrepancyKind.CLAIM_WITHOUT_EVIDENCE)).isEmpty();

        events.feed(new EvidenceWithdrawn(ASSESSMENT, EvidenceId.of("evidence-2"), Set.of("1.2"), Set.of(), "传错文件"));

        List<DiscrepancyView> found = ofKind(DiscrepancyKind.CLAIM_WITHOUT_EVIDENCE);
        assertThat(found).extracting(d -> d.subject().code()).containsExactly("1.2");
        assertThat(found.get(0).found()).isEqualTo("0");
    }

    @Test
    void a_duplicate_bonus_claim_names_both_titles_and_is_downgraded_once_rejected() {
        feedConsistentWithout(org.evaltrack.kernel.assessment.SelfAssessmentSubmitted.class);
        String original = events.feed(bonus("bonus-2", "《先进催人奋进 榜样彰显力量》", "0.5", null));
        String repeat = events.feed(bonus("bonus-3", "《先进催人奋进 榜样彰显力量》 ", "0.5", "bonus-2"));

        DiscrepancyView d = ofKind(DiscrepancyKind.DUPLICATE_BONUS_CLAIM).get(0);
        assertThat(d.subject().type()).isEqualTo(SubjectType.BONUS_CLAIM);
        assertThat(d.subject().code()).isEqualTo("bonus-3");
        assertThat(d.expected()).isEqualTo("bonus-2 《先进催人奋进 榜样彰显力量》");
        assertThat(d.found()).isEqualTo("bonus-3 《先进催人奋进 榜样彰显力量》 ");
        assertThat(d.eventIds()).containsExactly(original, repeat);
        assertThat(d.severity()).isEqualTo(DiscrepancySeverity.ERROR);
        assertThat(d.message().zhCn()).contains("bonus-2", "bonus-3", "重复");

        events.feed(new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("bonus-3"), BonusLevel.CENTRAL_MEDIA, s("0.5"),
                BonusClaimId.of("bonus-2"), "重复申报"));

        assertThat(ofKind(DiscrepancyKind.DUPLICATE_BONUS_CLAIM).get(0).severity()).isEqualTo(DiscrepancySeverity.INFO);
    }

    @Test
    void evidence_received_after_its_deadline_is_reported() {
        feedAll(DiscrepancyFixture.consistentAssessment());
        Instant late = EVIDENCE_DUE.plusSeconds(3600);
        String attached = events.feed(evidence("evidence-3", "1.1", late));

        DiscrepancyView d = ofKind(DiscrepancyKind.LATE_EVIDENCE).get(0);

        assertThat(d.subject().code()).isEqualTo("evidence-3");
        assertThat(d.subject().name()).isEqualTo("evidence-3.pdf");
        assertThat(d.expected()).isEqualTo(EVIDENCE_DUE.toString());
        assertThat(d.found()).isEqualTo(late.toString());
        assertThat(d.eventIds()).containsExactly(attached);
    }

    @Test
    void late_evidence_stops_being_late_when_an_accepted_capture_time_is_in_time_and_stays_late_otherwise() {
        feedAll(DiscrepancyFixture.consistentAssessment());
        events.feed(evidence("evidence-3", "1.1", EVIDENCE_DUE.plusSeconds(3600)),
                evidence("evidence-4", "1.2", EVIDENCE_DUE.plusSeconds(7200)));
        events.feed(new EvidenceCaptureTimeAccepted(ASSESSMENT, EvidenceId.of("evidence-3"), EVIDENCE_DUE.minusSeconds(60),
                EVIDENCE_DUE, false, "平台故障"));
        Instant stillLate = EVIDENCE_DUE.plusSeconds(60);
        String accepted = events.feed(new EvidenceCaptureTimeAccepted(ASSESSMENT, EvidenceId.of("evidence-4"), stillLate,
                EVIDENCE_DUE, true, "平台故障"));

        List<DiscrepancyView> found = ofKind(DiscrepancyKind.LATE_EVIDENCE);

        assertThat(found).extracting(d -> d.subject().code()).containsExactly("evidence-4");
        assertThat(found.get(0).found()).isEqualTo(stillLate.toString());
        assertThat(found.get(0).eventIds()).contains(accepted);
        assertThat(found.get(0).message().en()).contains("accepted capture time");
    }

    @Test
    void the_same_figure_given_twice_with_values_that_differ_after_unit_conversion_is_reported() {
        events.feed(opened());
        String claim = events.feed(claimed(ASSESSMENT, "1.1", "6", 1, List.of(
                figure("固定资产投资", "1.79", "亿元"), figure("农业总产值", "39881", "万元"), figure("固定资产投资", "17168", "万元"))));

        List<DiscrepancyView> found = ofKind(DiscrepancyKind.CONFLICTING_FIGURE);

        assertThat(found).hasSize(1);
        DiscrepancyView d = found.get(0);
        assertThat(d.subject().type()).isEqualTo(SubjectType.FIGURE);
        assertThat(d.subject().code()).isEqualTo("固定资产投资");
        assertThat(d.expected()).isEqualTo("1.79 亿元 = 179000000 元");
        assertThat(d.found()).isEqualTo("17168 万元 = 171680000 元");
        assertThat(d.eventIds()).containsExactly(claim);
    }

    @Test
    void figures_that_agree_after_unit_conversion_across_two_claims_are_not_reported() {
        events.feed(opened());
        events.feed(claimed(ASSESSMENT, "1.1", "6", 1, List.of(figure("固定资产投资", "1.79", "亿元"), figure("耕地", "15", "公顷"))));
        events.feed(claimed(ASSESSMENT, "1.2", "4", 1, List.of(figure("固定资产投资", "17900", "万元"), figure("耕地", "225", "亩"))));

        assertThat(all()).noneMatch(d -> d.subject().type() == SubjectType.FIGURE);
    }

    @Test
    void only_the_figures_of_an_indicators_current_claim_count() {
        events.feed(opened());
        events.feed(claimed(ASSESSMENT, "1.1", "6", 1, List.of(figure("财政收入", "59.9", "万元"))));
        events.feed(claimed(ASSESSMENT, "1.2", "4", 1, List.of(figure("财政收入", "65", "万元"))));
        assertThat(ofKind(DiscrepancyKind.CONFLICTING_FIGURE)).hasSize(1);

        events.feed(claimed(ASSESSMENT, "1.2", "4", 2, List.of(figure("财政收入", "0.00599", "亿元"))));

        assertThat(ofKind(DiscrepancyKind.CONFLICTING_FIGURE)).isEmpty();
    }

    @Test
    void figures_that_differ_only_within_rounding_are_listed_as_information() {
        events.feed(opened());
        events.feed(claimed(ASSESSMENT, "1.1", "6", 1, List.of(figure("固定资产投资", "1.79", "亿元"), figure("固定资产投资", "17930", "万元"))));

        DiscrepancyView d = ofKind(DiscrepancyKind.FIGURE_ROUNDED_DIFFERENTLY).get(0);

        assertThat(d.severity()).isEqualTo(DiscrepancySeverity.INFO);
        assertThat(ofKind(DiscrepancyKind.CONFLICTING_FIGURE)).isEmpty();
    }

    @Test
    void figures_in_units_that_cannot_be_converted_are_reported_as_incomparable() {
        events.feed(opened());
        events.feed(claimed(ASSESSMENT, "1.1", "6", 1, List.of(figure("脱贫人口", "102", "人"), figure("脱贫人口", "33", "户"))));

        DiscrepancyView d = ofKind(DiscrepancyKind.INCOMPARABLE_FIGURE_UNITS).get(0);

        assertThat(d.expected()).isEqualTo("102 人");
        assertThat(d.found()).isEqualTo("33 户");
    }

    @Test
    void an_assumed_maximum_is_listed_with_its_assumption_among_the_schemes_discrepancies() {
        String added = events.feed(new IndicatorAdded(SCHEME, "2", "2.2", "重点民生实事", ScoringMode.DEDUCTION_ONLY, s("0"), s("-1"),
                List.of(), "报告未写分值，按类别分值推定"));
        feedAll(DiscrepancyFixture.consistentAssessment());

        AssessmentDiscrepanciesView report = report();
        DiscrepancyView d = report.schemeDiscrepancies().stream()
                .filter(x -> x.kind() == DiscrepancyKind.ASSUMED_VALUE).findFirst().orElseThrow();

        assertThat(d.subject().code()).isEqualTo("2.2");
        assertThat(d.found()).isEqualTo("0.00");
        assertThat(d.severity()).isEqualTo(DiscrepancySeverity.INFO);
        assertThat(d.eventIds()).containsExactly(added);
        assertThat(d.message().zhCn()).contains("假定", "报告未写分值，按类别分值推定");
        assertThat(d.message().en()).contains("assumed value");
        assertThat(report.schemeDiscrepancies()).as("blank assumptions are no assumptions")
                .extracting(x -> x.subject().code()).containsExactly("2.2");
    }
}

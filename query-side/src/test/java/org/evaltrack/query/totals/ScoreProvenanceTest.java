package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.evaltrack.query.totals.TotalsScenario.BEFORE_REVIEW;
import static org.evaltrack.query.totals.TotalsScenario.DONGSHAN_2019;
import static org.evaltrack.query.totals.TotalsScenario.HUANGSANG_2019;
import static org.evaltrack.query.totals.TotalsScenario.s;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.evaltrack.kernel.query.totals.FindScoreProvenance;
import org.evaltrack.kernel.query.totals.ProvenanceEntry;
import org.evaltrack.kernel.query.totals.ProvenanceView;
import org.evaltrack.kernel.query.totals.ScorePart;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 得分反查: each figure of the totals explained by the events behind it, now and as of an instant. */
class ScoreProvenanceTest extends TotalsDatabaseTest {

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

    private ProvenanceView provenance(ScorePart part, String code, String asOf) {
        return handler.handle(new FindScoreProvenance(DONGSHAN_2019, part, code, asOf == null ? null : Instant.parse(asOf)))
                .orElseThrow();
    }

    @Test
    void an_indicator_is_explained_by_its_claim_and_the_adjustment_with_actor_role_time_reason_and_before_after() {
        ProvenanceView view = provenance(ScorePart.INDICATOR, "1.1.2", null);

        assertThat(view.value()).isEqualTo(s("3"));
        assertThat(view.entries()).extracting(ProvenanceEntry::eventId, ProvenanceEntry::kind, ProvenanceEntry::actorName,
                        ProvenanceEntry::role, ProvenanceEntry::before, ProvenanceEntry::after, ProvenanceEntry::current)
                .containsExactly(
                        tuple(feed.id("claim 1.1.2"), "SCORE_CLAIMED", "黄淑芬", "SUBMITTER", null, s("5"), false),
                        tuple(feed.id("adjust 1.1.2"), "REVIEW_ADJUSTMENT_MADE", "县绩效办审核员", "REVIEWER", s("5"), s("3"), true));
        ProvenanceEntry adjustment = view.entries().get(1);
        assertThat(adjustment.reason()).isEqualTo("会议记录不全");
        assertThat(adjustment.actorId()).isEqualTo("user-reviewer");
        assertThat(adjustment.occurredAt()).isEqualTo(Instant.parse("2020-01-20T08:00:00Z"));
        assertThat(adjustment.claimed()).isEqualTo(s("5"));
        assertThat(adjustment.correlationId()).startsWith("corr-");
    }

    @Test
    void as_of_before_the_adjustment_the_indicator_is_explained_by_the_claim_alone() {
        ProvenanceView view = provenance(ScorePart.INDICATOR, "1.1.2", BEFORE_REVIEW);

        assertThat(view.value()).isEqualTo(s("5"));
        assertThat(view.entries()).extracting(ProvenanceEntry::kind, ProvenanceEntry::current)
                .containsExactly(tuple("SCORE_CLAIMED", true));
    }

    @Test
    void a_revision_of_the_maximum_appears_beside_the_indicators_score_changes() {
        ProvenanceView view = provenance(ScorePart.INDICATOR, "2.1.1", null);

        assertThat(view.entries()).extracting(ProvenanceEntry::kind, ProvenanceEntry::before, ProvenanceEntry::after)
                .containsExactly(
                        tuple("SCORE_CLAIMED", null, s("4")),
                        tuple("INDICATOR_REVISED", s("5"), s("6")));
        assertThat(view.entries().get(1).actorName()).isEqualTo("县绩效办");
        assertThat(view.entries().get(1).eventId()).isEqualTo(feed.id("max 2.1.1"));
    }

    @Test
    void a_category_subtotal_is_explained_by_its_indicators_and_its_budget_changes() {
        ProvenanceView view = provenance(ScorePart.CATEGORY, "2.1", null);

        assertThat(view.value()).isEqualTo(s("4"));
        assertThat(view.entries()).extracting(ProvenanceEntry::kind, ProvenanceEntry::itemCode)
                .containsExactly(
                        tuple("SCORE_CLAIMED", "2.1.1"),
                        tuple("CATEGORY_BUDGET_REVISED", "2.1"),
                        tuple("INDICATOR_REVISED", "2.1.1"));
        assertThat(view.entries().get(1).reason()).isEqualTo("新增产业项目");
    }

    @Test
    void the_bonus_is_explained_by_claims_verifications_and_the_rejection_with_a_note_on_the_cap() {
        ProvenanceView view = provenance(ScorePart.BONUS, null, null);

        assertThat(view.value()).isEqualTo(s("1"));
        assertThat(view.note()).contains("1.00").contains("1.50");
        assertThat(view.entries()).filteredOn(ProvenanceEntry::current)
                .extracting(ProvenanceEntry::eventId, ProvenanceEntry::state, ProvenanceEntry::after)
                .containsExactly(
                        tuple(feed.id("verify b1"), "VERIFIED", s("0.5")),
                        tuple(feed.id("verify b2"), "VERIFIED", s("0.5")),
                        tuple(feed.id("verify b3"), "VERIFIED", s("0.5")),
                        tuple(feed.id("reject b4"), "REJECTED", s("0")));
        assertThat(view.entries()).filteredOn(e -> e.kind().equals("BONUS_AWARD_REJECTED")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("与 b1 重复"));
        assertThat(view.entries()).hasSize(8);
    }

    @Test
    void the_bonus_and_the_total_are_explained_by_the_bonus_caps_revisions_too_a_lifted_cap_included() {
        feed.at("cap raised", "2020-01-22T01:00:00Z", TotalsScenario.SCHEME.value(), TotalsScenario.OFFICE,
                new BonusCapRevised(TotalsScenario.SCHEME, s("1"), s("1.5"), "县委常委会决定"));
        feed.at("cap lifted", "2020-01-23T01:00:00Z", TotalsScenario.SCHEME.value(), TotalsScenario.OFFICE,
                new BonusCapRevised(TotalsScenario.SCHEME, s("1.5"), null, "取消加分上限"));
        feed.commitBatch();

        ProvenanceView bonus = provenance(ScorePart.BONUS, null, null);

        assertThat(bonus.value()).isEqualTo(s("1.5"));
        assertThat(bonus.entries()).filteredOn(e -> e.kind().equals("BONUS_CAP_REVISED"))
                .extracting(ProvenanceEntry::eventId, ProvenanceEntry::before, ProvenanceEntry::after, ProvenanceEntry::reason,
                        ProvenanceEntry::actorName, ProvenanceEntry::current)
                .containsExactly(
                        tuple(feed.id("cap raised"), s("1"), s("1.5"), "县委常委会决定", "县绩效办", false),
                        tuple(feed.id("cap lifted"), s("1.5"), null, "取消加分上限", "县绩效办", true));
        assertThat(bonus.entries()).hasSize(8 + 2);
        assertThat(bonus.entries()).isSortedAccordingTo(java.util.Comparator.comparing(ProvenanceEntry::occurredAt));
        assertThat(provenance(ScorePart.TOTAL, null, null).entries()).extracting(ProvenanceEntry::kind)
                .containsSubsequence("BONUS_CAP_REVISED", "BONUS_CAP_REVISED");
        assertThat(provenance(ScorePart.BONUS, null, "2020-01-22T12:00:00Z").entries())
                .filteredOn(e -> e.kind().equals("BONUS_CAP_REVISED")).extracting(ProvenanceEntry::eventId)
                .containsExactly(feed.id("cap raised"));
        assertThat(provenance(ScorePart.INDICATOR, "2.1.1", null).entries()).extracting(ProvenanceEntry::kind)
                .doesNotContain("BONUS_CAP_REVISED");
        // as of a moment, the bonus is cut by the cap in force then: 1 before the raise, 1.5 after it
        assertThat(provenance(ScorePart.BONUS, null, "2020-01-21T12:00:00Z").value()).isEqualTo(s("1"));
        assertThat(provenance(ScorePart.BONUS, null, "2020-01-22T12:00:00Z").value()).isEqualTo(s("1.5"));
    }

    @Test
    void the_total_is_explained_by_every_score_and_bonus_event_but_not_by_declarations_or_status() {
        ProvenanceView view = provenance(ScorePart.TOTAL, null, null);

        assertThat(view.value()).isEqualTo(s("23"));
        assertThat(view.entries()).hasSize(3 + 1 + 4 + 4);
        assertThat(view.entries()).extracting(ProvenanceEntry::kind)
                .doesNotContain("SELF_ASSESSMENT_SUBMITTED", "ASSESSMENT_OPENED");
        assertThat(view.entries()).isSortedAccordingTo(java.util.Comparator.comparing(ProvenanceEntry::occurredAt));
    }

    @Test
    void the_base_as_of_before_review_is_the_sum_of_the_claims() {
        ProvenanceView view = provenance(ScorePart.BASE, null, BEFORE_REVIEW);

        assertThat(view.value()).isEqualTo(s("24"));
        assertThat(view.entries()).extracting(ProvenanceEntry::kind).containsOnly("SCORE_CLAIMED");
    }

    @Test
    void a_vetoed_total_is_explained_with_the_veto_and_a_note() {
        ProvenanceView view = handler.handle(new FindScoreProvenance(HUANGSANG_2019, ScorePart.TOTAL, null, null)).orElseThrow();

        assertThat(view.note()).contains("一票否决");
        assertThat(view.entries()).filteredOn(e -> e.kind().equals("VETO_APPLIED")).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("发生较大安全事故");
            assertThat(e.state()).isEqualTo("APPLIED");
            assertThat(e.itemCode()).isEqualTo("V1");
        });
    }

    @Test
    void an_unknown_indicator_is_reported_as_not_found_rather_than_as_an_empty_explanation() {
        ProvenanceView view = provenance(ScorePart.INDICATOR, "9.9.9", null);

        assertThat(view.targetFound()).isFalse();
        assertThat(view.entries()).isEmpty();
    }

    @Test
    void an_unknown_assessment_has_no_provenance() {
        assertThat(handler.handle(new FindScoreProvenance(org.evaltrack.kernel.assessment.AssessmentId.of("nope"),
                ScorePart.TOTAL, null, null))).isEmpty();
    }
}

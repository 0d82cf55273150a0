package org.evaltrack.query.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.trail.TrailScenario.ASSESSMENT;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.trail.FindAssessmentTrail;
import org.evaltrack.kernel.query.trail.FindSchemeTrail;
import org.evaltrack.kernel.query.trail.LinkedEvidence;
import org.evaltrack.kernel.query.trail.TrailActor;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.evaltrack.kernel.query.trail.TrailFilter;
import org.evaltrack.kernel.query.trail.TrailOrder;
import org.evaltrack.kernel.query.trail.TrailPage;
import org.evaltrack.kernel.query.trail.TrailPaging;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The trail projection fed the scenario's real events, read back through the query handler. */
class TrailProjectionTest extends TrailDatabaseTest {

    private static final TrailPaging ALL_OLDEST_FIRST = new TrailPaging(0, 500, TrailOrder.OLDEST_FIRST);

    @Autowired
    EntityManager entityManager;
    @Autowired
    TrailProjection projection;
    @Autowired
    TrailQueryHandler queries;
    @Autowired
    JdbcTemplate jdbc;

    TrailFeed feed;
    TrailScenario scenario;

    @BeforeEach
    void accountsAndEvents() {
        // The shape of the command side's account table (its migration is not on this module's path).
        jdbc.execute("create table if not exists account (user_id varchar(64) primary key, username varchar(64) not null,"
                + " password_hash varchar(100) not null, display_name varchar(100) not null, role varchar(16) not null,"
                + " unit_id varchar(64), enabled boolean not null)");
        jdbc.update("insert into account values ('user-dongshan', 'dongshan', 'x', '黄淑芬', 'SUBMITTER', 'unit-dongshan', true)");
        jdbc.update("insert into account values ('user-reviewer', 'reviewer', 'x', '县绩效办审核员', 'REVIEWER', null, true)");
        feed = new TrailFeed(projection, entityManager);
        scenario = TrailScenario.feed(feed);
    }

    private List<TrailEntryView> trail(TrailFilter filter) {
        return queries.handle(new FindAssessmentTrail(ASSESSMENT, filter, ALL_OLDEST_FIRST)).orElseThrow().rows();
    }

    private static TrailFilter kinds(TrailEntryKind... kinds) {
        return new TrailFilter(null, null, Set.of(kinds), null, null, false, null);
    }

    @Test
    void one_request_tells_how_an_indicator_got_from_3_to_2_who_did_it_when_and_why() {
        List<TrailEntryView> rows = trail(TrailFilter.indicator("1.2.2"));

        assertThat(rows).extracting(TrailEntryView::kind).containsExactly(TrailEntryKind.SCORE_CLAIMED,
                TrailEntryKind.EVIDENCE_ATTACHED, TrailEntryKind.REVIEW_ADJUSTMENT, TrailEntryKind.EVIDENCE_REJECTED,
                TrailEntryKind.CLAIM_REVISED);
        TrailEntryView adjustment = rows.get(2);
        assertThat(adjustment.indicatorName()).isEqualTo("政协工作");
        assertThat(adjustment.scoreBefore()).isEqualTo(Score.of("3"));
        assertThat(adjustment.scoreAfter()).isEqualTo(Score.of("2"));
        assertThat(adjustment.actor()).isEqualTo(new TrailActor("user-reviewer", "县绩效办审核员", "REVIEWER"));
        assertThat(adjustment.occurredAt()).isEqualTo(TrailScenario.ADJUSTED);
        assertThat(adjustment.reason()).isEqualTo(TrailScenario.ADJUSTMENT_REASON);
        assertThat(adjustment.eventId()).isEqualTo(scenario.adjustmentEventId);
        assertThat(adjustment.correlationId()).isEqualTo("corr-adjust");
        assertThat(adjustment.changedAfterSubmission()).isTrue();
    }

    @Test
    void a_first_claim_has_no_before_and_carries_the_units_narrative_and_actor() {
        TrailEntryView claim = trail(TrailFilter.indicator("1.2.2")).get(0);

        assertThat(claim.scoreBefore()).isNull();
        assertThat(claim.scoreAfter()).isEqualTo(Score.of("3"));
        assertThat(claim.reason()).isEqualTo("该项分值3分，自评3分");
        assertThat(claim.actor()).isEqualTo(new TrailActor("user-dongshan", "黄淑芬", "SUBMITTER"));
        assertThat(claim.unitId().value()).isEqualTo("unit-dongshan");
    }

    @Test
    void a_revised_claim_takes_its_before_value_from_the_event() {
        TrailEntryView revised = trail(kinds(TrailEntryKind.CLAIM_REVISED)).get(0);

        assertThat(revised.scoreBefore()).isEqualTo(Score.of("3"));
        assertThat(revised.scoreAfter()).isEqualTo(Score.of("2.5"));
        assertThat(revised.changedAfterSubmission()).isFalse();
    }

    @Test
    void a_score_row_links_the_evidence_active_on_its_indicator_at_that_moment() {
        List<TrailEntryView> rows = trail(new TrailFilter("1.2.2", null,
                Set.of(TrailEntryKind.SCORE_CLAIMED, TrailEntryKind.REVIEW_ADJUSTMENT, TrailEntryKind.CLAIM_REVISED),
                null, null, false, null));

        assertThat(rows.get(0).linkedEvidence()).as("claimed before any evidence").isEmpty();
        assertThat(rows.get(1).linkedEvidence()).as("adjusted while ev-1 was active")
                .containsExactly(new LinkedEvidence("ev-1", "政协会议记录.pdf"));
        assertThat(rows.get(2).linkedEvidence()).as("claimed again after ev-1 was rejected").isEmpty();
    }

    @Test
    void evidence_serving_two_indicators_gives_one_row_per_indicator_each_linking_the_evidence_itself() {
        List<TrailEntryView> rows = trail(kinds(TrailEntryKind.EVIDENCE_ATTACHED));

        assertThat(rows).extracting(TrailEntryView::indicatorCode).containsExactly("1.1.1", "1.2.2", "1.1.1");
        assertThat(rows.get(0).eventId()).isEqualTo(rows.get(1).eventId());
        assertThat(rows.get(0).linkedEvidence()).containsExactly(new LinkedEvidence("ev-1", "政协会议记录.pdf"));
        assertThat(rows.get(2).late()).isTrue();
    }

    @Test
    void withdrawn_or_rejected_evidence_rows_name_the_file_read_from_the_projections_own_state() {
        List<TrailEntryView> rows = trail(kinds(TrailEntryKind.EVIDENCE_REJECTED));

        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.subjectName()).isEqualTo("政协会议记录.pdf");
            assertThat(row.reason()).isEqualTo("文件无法打开");
            assertThat(row.actor().role()).isEqualTo("REVIEWER");
        });
    }

    @Test
    void withdrawn_evidence_no_longer_backs_later_score_changes_of_its_indicator() {
        feed.as(TrailScenario.SUBMITTER, "corr-withdraw");
        feed.at(Instant.parse("2020-02-11T00:00:00Z"), ASSESSMENT.value(), new org.evaltrack.kernel.assessment.EvidenceWithdrawn(
                ASSESSMENT, org.evaltrack.kernel.assessment.EvidenceId.of("ev-2"), Set.of("1.1.1"), Set.of(), "传错文件"));
        feed.as(TrailScenario.REVIEWER, "corr-late-adjust");
        feed.at(Instant.parse("2020-02-12T00:00:00Z"), ASSESSMENT.value(), new org.evaltrack.kernel.assessment.ReviewAdjustmentMade(
                ASSESSMENT, TrailScenario.SCHEME, TrailScenario.DONGSHAN, "1.1.1", Score.of("14"), Score.of("13"),
                Score.of("15"), "台账缺失"));
        feed.commitBatch();

        List<TrailEntryView> rows = trail(new TrailFilter("1.1.1", null,
                Set.of(TrailEntryKind.SCORE_CLAIMED, TrailEntryKind.EVIDENCE_WITHDRAWN, TrailEntryKind.REVIEW_ADJUSTMENT),
                null, null, false, null));

        assertThat(rows).extracting(TrailEntryView::kind).containsExactly(TrailEntryKind.SCORE_CLAIMED,
                TrailEntryKind.EVIDENCE_WITHDRAWN, TrailEntryKind.REVIEW_ADJUSTMENT);
        assertThat(rows.get(0).linkedEvidence()).extracting(LinkedEvidence::evidenceId).containsExactly("ev-1", "ev-2");
        assertThat(rows.get(1).subjectName()).isEqualTo("扶贫台账.xlsx");
        assertThat(rows.get(1).reason()).isEqualTo("传错文件");
        assertThat(rows.get(2).linkedEvidence()).as("ev-1 rejected, ev-2 withdrawn").isEmpty();
    }

    @Test
    void an_accepted_capture_time_shows_lateness_before_and_after() {
        TrailEntryView accepted = trail(kinds(TrailEntryKind.CAPTURE_TIME_ACCEPTED)).get(0);

        assertThat(accepted.indicatorCode()).isEqualTo("1.1.1");
        assertThat(accepted.stateBefore()).isEqualTo("LATE");
        assertThat(accepted.stateAfter()).isEqualTo("ON_TIME");
        assertThat(accepted.linkedEvidence()).containsExactly(new LinkedEvidence("ev-2", "扶贫台账.xlsx"));
    }

    @Test
    void bonus_claims_show_points_the_duplicate_flag_and_their_evidence() {
        List<TrailEntryView> rows = trail(kinds(TrailEntryKind.BONUS_CLAIMED));

        assertThat(rows.get(0).scoreAfter()).isEqualTo(Score.of("0.5"));
        assertThat(rows.get(0).duplicate()).isFalse();
        assertThat(rows.get(0).linkedEvidence()).containsExactly(new LinkedEvidence("ev-2", "扶贫台账.xlsx"));
        assertThat(rows.get(1).duplicate()).isTrue();
        assertThat(rows.get(1).duplicateOf()).isEqualTo("bonus-1");
        assertThat(rows.get(1).subjectName()).isEqualTo("人民网 报道侗族大歌");
    }

    @Test
    void bonus_verification_and_rejection_move_the_claims_points_and_status() {
        List<TrailEntryView> rows = trail(kinds(TrailEntryKind.BONUS_VERIFIED, TrailEntryKind.BONUS_REJECTED));

        assertThat(rows).extracting(TrailEntryView::kind)
                .containsExactly(TrailEntryKind.BONUS_VERIFIED, TrailEntryKind.BONUS_REJECTED);
        assertThat(rows.get(0)).extracting(TrailEntryView::scoreBefore, TrailEntryView::scoreAfter,
                        TrailEntryView::stateBefore, TrailEntryView::stateAfter, TrailEntryView::subjectName)
                .containsExactly(Score.of("0.5"), Score.of("0.5"), "CLAIMED", "VERIFIED", "人民网报道侗族大歌");
        assertThat(rows.get(1)).extracting(TrailEntryView::scoreBefore, TrailEntryView::scoreAfter,
                        TrailEntryView::stateAfter, TrailEntryView::reason, TrailEntryView::duplicate)
                .containsExactly(Score.of("0.5"), Score.ZERO, "REJECTED", "重复申报", true);
    }

    @Test
    void veto_applied_and_lifted_show_the_veto_state_before_and_after() {
        List<TrailEntryView> rows = trail(kinds(TrailEntryKind.VETO_APPLIED, TrailEntryKind.VETO_LIFTED));

        assertThat(rows).extracting(TrailEntryView::stateBefore, TrailEntryView::stateAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NOT_VETOED", "VETOED"),
                        org.assertj.core.groups.Tuple.tuple("VETOED", "NOT_VETOED"));
        assertThat(rows.get(0).subjectName()).isEqualTo("安全生产事故");
    }

    @Test
    void submission_reopen_and_finalisation_show_the_status_before_and_after() {
        List<TrailEntryView> rows = trail(kinds(TrailEntryKind.SUBMITTED, TrailEntryKind.REOPENED, TrailEntryKind.FINALIZED));

        assertThat(rows).extracting(r -> r.kind() + ":" + r.stateBefore() + "->" + r.stateAfter()).containsExactly(
                "SUBMITTED:OPEN->SUBMITTED", "REOPENED:SUBMITTED->OPEN", "SUBMITTED:OPEN->SUBMITTED",
                "FINALIZED:SUBMITTED->FINALIZED");
        assertThat(rows.get(1).reason()).isEqualTo("补充材料");
    }

    @Test
    void the_actor_filter_keeps_that_users_rows_only() {
        List<TrailEntryView> rows = trail(new TrailFilter(null, UserId.of("user-reviewer"), Set.of(), null, null, false, null));

        assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.actor().userId()).isEqualTo("user-reviewer"));
    }

    @Test
    void the_time_range_includes_from_and_excludes_to() {
        List<TrailEntryView> rows = trail(new TrailFilter(null, null, Set.of(), TrailScenario.ADJUSTED,
                TrailScenario.BONUS_REVIEWED, false, null));

        assertThat(rows).extracting(TrailEntryView::kind)
                .containsExactly(TrailEntryKind.REVIEW_ADJUSTMENT, TrailEntryKind.CAPTURE_TIME_ACCEPTED);
    }

    @Test
    void changed_after_submission_keeps_rows_made_while_a_submission_was_in_force() {
        List<TrailEntryView> rows = trail(new TrailFilter(null, null, Set.of(), null, null, true, null));

        assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.changedAfterSubmission()).isTrue());
        assertThat(rows).extracting(TrailEntryView::kind)
                .doesNotContain(TrailEntryKind.SUBMITTED, TrailEntryKind.CLAIM_REVISED, TrailEntryKind.SCORE_CLAIMED)
                .contains(TrailEntryKind.REVIEW_ADJUSTMENT, TrailEntryKind.REOPENED, TrailEntryKind.FINALIZED);
    }

    @Test
    void as_of_before_review_the_trail_ends_with_the_submission() {
        List<TrailEntryView> rows = trail(new TrailFilter("1.2.2", null, Set.of(), null, null, false,
                TrailScenario.SUBMITTED.plusSeconds(86400)));

        assertThat(rows).extracting(TrailEntryView::kind)
                .containsExactly(TrailEntryKind.SCORE_CLAIMED, TrailEntryKind.EVIDENCE_ATTACHED);
        assertThat(trail(new TrailFilter(null, null, Set.of(), null, null, false, TrailScenario.SUBMITTED)))
                .hasSize(8).last().extracting(TrailEntryView::kind).isEqualTo(TrailEntryKind.SUBMITTED);
    }

    @Test
    void as_of_includes_a_change_at_exactly_that_instant() {
        assertThat(trail(new TrailFilter("1.2.2", null, Set.of(TrailEntryKind.REVIEW_ADJUSTMENT), null, null, false,
                TrailScenario.ADJUSTED))).hasSize(1);
        assertThat(trail(new TrailFilter("1.2.2", null, Set.of(TrailEntryKind.REVIEW_ADJUSTMENT), null, null, false,
                TrailScenario.ADJUSTED.minusMillis(1)))).isEmpty();
    }

    @Test
    void filters_combine() {
        List<TrailEntryView> rows = trail(new TrailFilter("1.1.1", UserId.of("user-reviewer"),
                Set.of(TrailEntryKind.EVIDENCE_REJECTED, TrailEntryKind.CAPTURE_TIME_ACCEPTED), null, null, true,
                TrailScenario.EVIDENCE_REJECTED));

        assertThat(rows).extracting(TrailEntryView::kind)
                .containsExactly(TrailEntryKind.CAPTURE_TIME_ACCEPTED, TrailEntryKind.EVIDENCE_REJECTED);
    }

    @Test
    void pages_newest_first_by_default_with_the_total_count() {
        TrailPage first = queries.handle(new FindAssessmentTrail(ASSESSMENT, TrailFilter.none(),
                new TrailPaging(0, 3, TrailOrder.NEWEST_FIRST))).orElseThrow();
        TrailPage second = queries.handle(new FindAssessmentTrail(ASSESSMENT, TrailFilter.none(),
                new TrailPaging(1, 3, TrailOrder.NEWEST_FIRST))).orElseThrow();

        assertThat(first.totalRows()).isEqualTo(TrailScenario.ROWS_OF_ASSESSMENT);
        assertThat(first.rows()).extracting(TrailEntryView::kind).containsExactly(TrailEntryKind.FINALIZED,
                TrailEntryKind.SUBMITTED, TrailEntryKind.CLAIM_REVISED);
        assertThat(second.rows()).extracting(TrailEntryView::kind).containsExactly(TrailEntryKind.REOPENED,
                TrailEntryKind.EVIDENCE_REJECTED, TrailEntryKind.EVIDENCE_REJECTED);
        assertThat(queries.handle(new FindAssessmentTrail(ASSESSMENT, TrailFilter.none(),
                new TrailPaging(7, 3, TrailOrder.NEWEST_FIRST))).orElseThrow().rows()).isEmpty();
    }

    @Test
    void an_actor_without_an_account_keeps_the_id_and_has_no_name() {
        TrailEntryView opened = trail(kinds(TrailEntryKind.FINALIZED)).get(0);
        jdbc.update("delete from account where user_id = 'user-reviewer'");

        assertThat(opened.actor().displayName()).isEqualTo("县绩效办审核员");
        assertThat(trail(kinds(TrailEntryKind.FINALIZED)).get(0).actor())
                .isEqualTo(new TrailActor("user-reviewer", null, "REVIEWER"));
    }

    @Test
    void a_schemes_trail_holds_every_unit_and_can_be_narrowed_to_one() {
        TrailPage all = queries.handle(new FindSchemeTrail(TrailScenario.SCHEME, null, TrailFilter.indicator("1.2.2"),
                ALL_OLDEST_FIRST));
        TrailPage changpu = queries.handle(new FindSchemeTrail(TrailScenario.SCHEME, TrailScenario.CHANGPU,
                TrailFilter.indicator("1.2.2"), ALL_OLDEST_FIRST));

        assertThat(all.rows()).extracting(r -> r.unitId().value()).contains("unit-dongshan", "unit-changpu");
        assertThat(all.totalRows()).isEqualTo(6);
        assertThat(changpu.rows()).hasSize(1).allSatisfy(r -> {
            assertThat(r.assessmentId()).isEqualTo(TrailScenario.OTHER);
            assertThat(r.actor().userId()).isEqualTo("user-changpu");
        });
    }

    @Test
    void an_unknown_assessment_has_no_trail() {
        assertThat(queries.handle(new FindAssessmentTrail(AssessmentId.of("nope"), null, null))).isEmpty();
    }

    @Test
    void an_assessment_with_no_changes_yet_has_an_empty_trail_page() {
        feed.as(TrailScenario.OFFICE, "corr-new");
        feed.at(Instant.parse("2020-03-01T00:00:00Z"), "assessment-new", new org.evaltrack.kernel.assessment.AssessmentOpened(
                AssessmentId.of("assessment-new"), TrailScenario.SCHEME, TrailScenario.CHANGPU, 2019, Instant.parse("2020-03-01T00:00:00Z")));
        feed.commitBatch();

        TrailPage page = queries.handle(new FindAssessmentTrail(AssessmentId.of("assessment-new"), null, null)).orElseThrow();
        assertThat(page.totalRows()).isZero();
        assertThat(page.unitId()).isEqualTo(TrailScenario.CHANGPU);
    }

    @Test
    void reset_clears_every_trail_table() {
        feed.reset();

        for (String table : List.of("trail_entry", "trail_entry_evidence", "trail_assessment", "trail_evidence",
                "trail_bonus", "trail_indicator")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
    }

    @Test
    void a_replay_after_reset_writes_the_same_rows() {
        List<String> before = jdbc.queryForList("select kind || '|' || coalesce(indicator_code, '') || '|' || occurred_at"
                + " || '|' || coalesce(score_before, -1) || '|' || coalesce(score_after, -1) || '|' || after_submission"
                + " from trail_entry order by occurred_at, sequence_no, line_no", String.class);
        feed.reset();
        TrailScenario.feed(new TrailFeed(projection, entityManager));

        assertThat(jdbc.queryForList("select kind || '|' || coalesce(indicator_code, '') || '|' || occurred_at"
                + " || '|' || coalesce(score_before, -1) || '|' || coalesce(score_after, -1) || '|' || after_submission"
                + " from trail_entry order by occurred_at, sequence_no, line_no", String.class)).isEqualTo(before);
    }
}

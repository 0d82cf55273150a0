package org.evaltrack.command.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.evaltrack.command.directory.AssessmentRegistry;
import org.evaltrack.command.assessment.IndicatorRule;
import org.evaltrack.command.assessment.SchemeRulebook;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.command.assessment.SchemeRules.SchemeStatus;
import org.evaltrack.command.directory.TaskDirectory;
import org.evaltrack.command.directory.TaskRef;
import org.evaltrack.command.directory.UnitDirectory;
import org.evaltrack.command.evidence.EvidenceReferences;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskAssigned;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.ledger.TaskReassigned;
import org.evaltrack.kernel.ledger.TaskReopened;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.CategoryBudgetRevised;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DeadlinesRevised;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.VetoConditionDefined;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.evaltrack.websupport.ProbeAggregate.CreateProbe;
import org.evaltrack.websupport.ProbeAggregate.EmitEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events go through the real Axon event bus; every assertion runs right after publishing, which only
 * holds because the lookup processor is subscribing.
 */
abstract class LookupTableUpdaterContract {

    private static final Deadlines DEADLINES = new Deadlines(
            Instant.parse("2019-12-20T09:00:00Z"), Instant.parse("2019-12-31T09:00:00Z"), Instant.parse("2020-01-15T09:00:00Z"));
    private static final Instant NOW = Instant.parse("2019-11-01T00:00:00Z");

    @Autowired
    EventGateway events;

    @Autowired
    CommandGateway commands;

    @Autowired
    SchemeRulebook rulebook;

    @Autowired
    UnitDirectory units;

    @Autowired
    AssessmentRegistry assessments;

    @Autowired
    TaskDirectory tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void drafted_scheme_has_its_rules_in_draft_status() {
        SchemeId scheme = draftedSchemeWithIndicators();

        SchemeRules rules = rulebook.rulesFor(scheme);

        assertThat(rules.status()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(rules.year()).isEqualTo(2019);
        assertThat(rules.deadlines()).isEqualTo(DEADLINES);
        assertThat(rules.bonusCap()).isEqualTo(Score.of("3.00"));
        assertThat(rules.indicators()).containsOnlyKeys("1.1", "1.9");
        assertThat(rules.indicator("1.1")).contains(
                new IndicatorRule("1.1", "C1", ScoringMode.STANDARD, Score.of("6.00"), null));
        assertThat(rules.indicator("1.9").orElseThrow().lowest()).isEqualTo(Score.of("-5.00"));
        assertThat(rules.bonusPoints()).containsEntry(BonusLevel.PROVINCIAL_MEDIA, Score.of("0.50"));
        assertThat(rules.vetoConditions()).containsEntry("V1", "发生重大安全生产责任事故");
    }

    @Test
    void publishing_marks_the_rules_published() {
        SchemeId scheme = draftedSchemeWithIndicators();

        events.publish(new SchemePublished(scheme, 2019, Score.of("100.00"), 1, 2, NOW));

        assertThat(rulebook.rulesFor(scheme).status()).isEqualTo(SchemeStatus.PUBLISHED);
    }

    @Test
    void redefining_a_bonus_rule_replaces_its_points() {
        SchemeId scheme = draftedSchemeWithIndicators();
        assertThat(rulebook.rulesFor(scheme).bonusPoints()).containsEntry(BonusLevel.PROVINCIAL_MEDIA, Score.of("0.50"));

        events.publish(new BonusRuleDefined(scheme, BonusLevel.PROVINCIAL_MEDIA, "省级媒体", Score.of("0.80")));

        assertThat(rulebook.rulesFor(scheme).bonusPoints()).containsEntry(BonusLevel.PROVINCIAL_MEDIA, Score.of("0.80"));
    }

    @Test
    void revised_indicator_has_its_new_maximum_and_floor() {
        SchemeId scheme = draftedSchemeWithIndicators();
        assertThat(rulebook.rulesFor(scheme).indicator("1.1").orElseThrow().maxPoints()).isEqualTo(Score.of("6.00"));

        events.publish(
                new IndicatorRevised(scheme, "C1", "1.1", Score.of("6.00"), Score.of("7.00"), null, null, "增加分值"),
                new IndicatorRevised(scheme, "C1", "1.9", Score.ZERO, Score.ZERO, Score.of("-5.00"), Score.of("-3.00"), "减轻扣分"));

        SchemeRules rules = rulebook.rulesFor(scheme);
        assertThat(rules.indicator("1.1").orElseThrow().maxPoints()).isEqualTo(Score.of("7.00"));
        assertThat(rules.indicator("1.9").orElseThrow().floor()).isEqualTo(Score.of("-3.00"));
    }

    @Test
    void a_new_veto_condition_is_seen_by_a_rulebook_that_read_the_scheme_before() {
        SchemeId scheme = draftedSchemeWithIndicators();
        assertThat(rulebook.rulesFor(scheme).vetoConditions()).containsOnlyKeys("V1");

        events.publish(new VetoConditionDefined(scheme, "V2", "发生群体性事件"));

        assertThat(rulebook.rulesFor(scheme).vetoConditions()).containsOnlyKeys("V1", "V2");
    }

    @Test
    void kept_rules_are_read_again_only_when_the_schemes_rules_version_changes() {
        SchemeId scheme = draftedSchemeWithIndicators();
        assertThat(rulebook.rulesFor(scheme).indicator("1.1").orElseThrow().maxPoints()).isEqualTo(Score.of("6.00"));

        // a row changed behind the rulebook's back, without a new version: the kept copy is what it answers
        jdbc.update("update lookup_scheme_indicator set max_points = 9 where scheme_id = ? and indicator_code = '1.1'", scheme.value());
        assertThat(rulebook.rulesFor(scheme).indicator("1.1").orElseThrow().maxPoints()).isEqualTo(Score.of("6.00"));

        // another node revised it: the shared version changed, so every node reads the rules again
        jdbc.update("update lookup_scheme set rules_version = 'changed-elsewhere' where scheme_id = ?", scheme.value());
        assertThat(rulebook.rulesFor(scheme).indicator("1.1").orElseThrow().maxPoints()).isEqualByComparingTo(Score.of("9"));
    }

    @Test
    void deadlines_and_status_are_read_at_every_decision_even_when_the_rules_are_kept() {
        SchemeId scheme = draftedSchemeWithIndicators();
        rulebook.rulesFor(scheme);
        Deadlines later = new Deadlines(DEADLINES.claimsDue().plusSeconds(86_400), DEADLINES.evidenceDue(), DEADLINES.reviewDue());

        events.publish(new SchemePublished(scheme, 2019, Score.of("100.00"), 1, 2, NOW),
                new DeadlinesRevised(scheme, DEADLINES, later, "延期一天"));

        SchemeRules rules = rulebook.rulesFor(scheme);
        assertThat(rules.status()).isEqualTo(SchemeStatus.PUBLISHED);
        assertThat(rules.deadlines()).isEqualTo(later);
    }

    @Test
    void the_bonus_cap_follows_its_revisions_down_to_none_even_when_the_rules_are_kept() {
        SchemeId scheme = draftedSchemeWithIndicators();
        assertThat(rulebook.rulesFor(scheme).bonusCap()).isEqualByComparingTo(Score.of("3.00"));

        events.publish(new SchemePublished(scheme, 2019, Score.of("100.00"), 1, 2, NOW),
                new BonusCapRevised(scheme, Score.of("3.00"), null, "不设上限"));
        assertThat(rulebook.rulesFor(scheme).bonusCap()).isNull();

        events.publish(new BonusCapRevised(scheme, null, Score.of("5.00"), "恢复上限"));
        assertThat(rulebook.rulesFor(scheme).bonusCap()).isEqualByComparingTo(Score.of("5.00"));
    }

    @Test
    void attached_evidence_marks_its_blob_referenced_once_per_event_so_one_file_attached_twice_never_collides() {
        String sha256 = UUID.randomUUID().toString().replace("-", "").repeat(2);
        EvidenceReferences references = new EvidenceReferences(jdbc, java.time.Clock.systemUTC());
        assertThat(references.isReferenced(sha256)).isFalse();

        events.publish(attached(sha256), attached(sha256));

        assertThat(references.isReferenced(sha256)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from lookup_evidence_blob where sha256 = ?", Integer.class, sha256))
                .isEqualTo(2);
    }

    @Test
    void evidence_stored_before_the_table_was_kept_is_read_from_the_event_store_once() {
        String sha256 = UUID.randomUUID().toString().replace("-", "").repeat(2);
        String eventId = UUID.randomUUID().toString();
        EvidenceReferences references = new EvidenceReferences(jdbc, java.time.Clock.systemUTC());
        jdbc.update("delete from lookup_evidence_blob_backfill");
        jdbc.update("insert into domain_event_entry (event_identifier, time_stamp, payload_type, payload_revision, payload, "
                        + "aggregate_identifier, sequence_number, type) values (?, ?, ?, ?, ?, ?, ?, ?)",
                eventId, NOW.toString(), EvidenceAttached.class.getName(), "1",
                ("{\"evidenceId\": \"evidence-old\", \"sha256\": \"" + sha256 + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "assessment-" + eventId, 0L, "UnitAssessment");
        try {
            references.completeFromEventStore();
            references.completeFromEventStore();

            assertThat(references.isReferenced(sha256)).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from lookup_evidence_blob where event_id = ?", Integer.class, eventId))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from lookup_evidence_blob_backfill", Integer.class)).isEqualTo(1);
        } finally {
            jdbc.update("delete from lookup_evidence_blob where event_id = ?", eventId);
            jdbc.update("delete from domain_event_entry where event_identifier = ?", eventId);
        }
    }

    private static EvidenceAttached attached(String sha256) {
        return new EvidenceAttached(AssessmentId.of("assessment-" + UUID.randomUUID()), UnitId.of("unit-ds"),
                EvidenceId.random(), "会议纪要.pdf", "application/pdf", 3, sha256, java.util.Set.of("1.1"), java.util.Set.of(),
                NOW, null, NOW, false);
    }

    @Test
    void revised_category_budget_is_stored() {
        SchemeId scheme = draftedSchemeWithIndicators();

        events.publish(new CategoryBudgetRevised(scheme, "C1", Score.of("6.00"), Score.of("7.00"), "与指标一致"));

        assertThat(jdbc.queryForObject("select budget from lookup_scheme_category where scheme_id = ? and category_code = ?",
                java.math.BigDecimal.class, scheme.value(), "C1")).isEqualByComparingTo("7.00");
    }

    @Test
    void revised_deadlines_replace_the_old_ones() {
        SchemeId scheme = draftedSchemeWithIndicators();
        Deadlines later = new Deadlines(DEADLINES.claimsDue().plusSeconds(86_400), DEADLINES.evidenceDue(), DEADLINES.reviewDue());

        events.publish(new DeadlinesRevised(scheme, DEADLINES, later, "延期一天"));

        assertThat(rulebook.rulesFor(scheme).deadlines()).isEqualTo(later);
    }

    @Test
    void closed_scheme_has_closed_rules() {
        SchemeId scheme = draftedSchemeWithIndicators();

        events.publish(new SchemeClosed(scheme, "年度结束", NOW));

        assertThat(rulebook.rulesFor(scheme).status()).isEqualTo(SchemeStatus.CLOSED);
    }

    @Test
    void unknown_scheme_is_scheme_not_found() {
        assertThatThrownBy(() -> rulebook.rulesFor(new SchemeId("no-such-scheme")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SCHEME_NOT_FOUND));
    }

    @Test
    void registered_unit_exists_and_others_do_not() {
        UnitId unit = new UnitId("unit-" + UUID.randomUUID());

        events.publish(new UnitRegistered(unit, "东山镇", UnitKind.TOWNSHIP));

        assertThat(units.exists(unit)).isTrue();
        assertThat(units.exists(new UnitId("unit-never-registered"))).isFalse();
    }

    @Test
    void opened_assessment_is_found_by_scheme_and_unit_and_knows_its_unit() {
        SchemeId scheme = new SchemeId("scheme-" + UUID.randomUUID());
        UnitId unit = new UnitId("unit-" + UUID.randomUUID());
        AssessmentId assessment = new AssessmentId("assessment-" + UUID.randomUUID());

        events.publish(new AssessmentOpened(assessment, scheme, unit, 2019, NOW));

        assertThat(assessments.find(scheme, unit)).contains(assessment);
        assertThat(assessments.unitOf(assessment)).contains(unit);
        assertThat(assessments.find(scheme, new UnitId("unit-other"))).isEmpty();
    }

    @Test
    void second_assessment_for_the_same_scheme_and_unit_is_refused_and_rolls_back_its_command() {
        SchemeId scheme = new SchemeId("scheme-" + UUID.randomUUID());
        UnitId unit = new UnitId("unit-" + UUID.randomUUID());
        AssessmentId first = new AssessmentId("assessment-" + UUID.randomUUID());
        events.publish(new AssessmentOpened(first, scheme, unit, 2019, NOW));
        String probe = "probe-" + UUID.randomUUID();
        commands.sendAndWait(new CreateProbe(probe));
        UnitId registeredInSameCommand = new UnitId("unit-" + UUID.randomUUID());

        assertThatThrownBy(() -> commands.sendAndWait(new EmitEvents(probe, List.of(
                new UnitRegistered(registeredInSameCommand, "西山镇", UnitKind.TOWNSHIP),
                new AssessmentOpened(new AssessmentId("assessment-" + UUID.randomUUID()), scheme, unit, 2019, NOW)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ASSESSMENT_EXISTS));

        assertThat(assessments.find(scheme, unit)).contains(first);
        assertThat(units.exists(registeredInSameCommand)).as("lookup rows written in the failed command's transaction").isFalse();
    }

    @Test
    void assigned_task_is_open_and_led_by_its_leader() {
        AssessmentId assessment = new AssessmentId("assessment-" + UUID.randomUUID());
        TaskId task = new TaskId("task-" + UUID.randomUUID());

        events.publish(assigned(assessment, task, "leader-1"));

        assertThat(tasks.find(task)).contains(new TaskRef(task, LedgerId.forAssessment(assessment), assessment, new UserId("leader-1"), false));
        assertThat(tasks.find(new TaskId("task-unknown"))).isEmpty();
    }

    @Test
    void reassigned_task_has_its_new_leader() {
        AssessmentId assessment = new AssessmentId("assessment-" + UUID.randomUUID());
        TaskId task = new TaskId("task-" + UUID.randomUUID());
        events.publish(assigned(assessment, task, "leader-1"));

        events.publish(new TaskReassigned(LedgerId.forAssessment(assessment), task, new UserId("leader-1"), new UserId("leader-2"),
                "党政办", "应急办", "分工调整"));

        assertThat(tasks.find(task).orElseThrow().leaderId()).isEqualTo(new UserId("leader-2"));
    }

    @Test
    void closed_out_task_is_closed_and_reopened_task_is_open_again() {
        AssessmentId assessment = new AssessmentId("assessment-" + UUID.randomUUID());
        TaskId task = new TaskId("task-" + UUID.randomUUID());
        LedgerId ledger = LedgerId.forAssessment(assessment);
        EvidenceId evidence = new EvidenceId("evidence-1");
        events.publish(assigned(assessment, task, "leader-1"));

        events.publish(new TaskClosedOut(ledger, task, assessment, evidence, new UserId("leader-1"), "1.1",
                LocalDate.of(2019, 12, 20), NOW, NOW.plusSeconds(60), false));
        assertThat(tasks.find(task).orElseThrow().closed()).isTrue();

        events.publish(new TaskReopened(ledger, task, assessment, evidence, new UserId("leader-1"), "材料被驳回"));
        assertThat(tasks.find(task).orElseThrow().closed()).isFalse();
    }

    private SchemeId draftedSchemeWithIndicators() {
        SchemeId scheme = new SchemeId("scheme-" + UUID.randomUUID());
        events.publish(
                new SchemeDrafted(scheme, 2019, "2019年度乡镇绩效考核方案", "县委办〔2019〕1号", "县委办", DEADLINES, Score.of("3.00")),
                new CategoryAdded(scheme, "C1", Section.COMMON, "党的建设", Score.of("6.00")),
                new IndicatorAdded(scheme, "C1", "1.1", "基层党建", ScoringMode.STANDARD, Score.of("6.00"), null, List.of(), null),
                new IndicatorAdded(scheme, "C1", "1.9", "安全生产", ScoringMode.DEDUCTION_ONLY, Score.ZERO, Score.of("-5.00"), List.of(), null),
                new BonusRuleDefined(scheme, BonusLevel.PROVINCIAL_MEDIA, "省级媒体", Score.of("0.50")),
                new VetoConditionDefined(scheme, "V1", "发生重大安全生产责任事故"));
        return scheme;
    }

    private static TaskAssigned assigned(AssessmentId assessment, TaskId task, String leader) {
        return new TaskAssigned(LedgerId.forAssessment(assessment), task, assessment, "1.1", "整理党建台账", "会议记录",
                new UserId(leader), "党政办", LocalDate.of(2019, 12, 20), NOW);
    }
}

package org.evaltrack.command.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.evaltrack.command.account.AccountRegistration;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.AttachEvidence;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.SubmitSelfAssessment;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.AssignTask;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.ReviseDeadlines;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoImporterTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-11-28 09:00 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T01:00:00Z"), ZoneId.of("UTC"));

    /** Refuses a claim above the indicator's maximum, as the assessment aggregate does; wrapped as Axon may wrap it. */
    static RuntimeException aggregateRules(Object command) {
        if (command instanceof ClaimScore claim && claim.indicatorCode().equals("1.2.2")
                && claim.claimedScore().compareTo(Score.of("2")) > 0) {
            return new CommandExecutionException("command failed",
                    new DomainException(ErrorCode.SCORE_OUT_OF_RANGE, "1.2.2 allows 0.00..2.00, claimed " + claim.claimedScore()));
        }
        return null;
    }

    record Registered(UserId userId, String username, String password, String displayName, Role role, UnitId unitId) {
    }

    final List<Registered> registered = new ArrayList<>();
    final AccountRegistration accounts = (userId, username, password, displayName, role, unitId) ->
            registered.add(new Registered(userId, username, password, displayName, role, unitId));

    RecordingCommandGateway gateway;
    DemoImportReport report;

    @BeforeEach
    void importTheReferenceCase() {
        gateway = new RecordingCommandGateway(DemoImporterTest::aggregateRules);
        report = new DemoImporter(gateway, accounts, DemoLookups.NONE, CLOCK, 0).load(DemoDataFileTest.DATA);
    }

    /** Consecutive commands of one type, as "Type xN". */
    static List<String> runs(List<Object> payloads) {
        List<String> runs = new ArrayList<>();
        String current = null;
        int count = 0;
        for (Object payload : payloads) {
            String type = payload.getClass().getSimpleName();
            if (!type.equals(current)) {
                if (current != null) {
                    runs.add(current + " x" + count);
                }
                current = type;
                count = 0;
            }
            count++;
        }
        runs.add(current + " x" + count);
        return runs;
    }

    @Test
    void the_case_enters_as_commands_in_the_order_a_person_would_send_them() {
        assertThat(runs(gateway.payloads())).containsExactly(
                "DraftScheme x1",
                "AddCategory x1", "AddIndicator x3",
                "AddCategory x1", "AddIndicator x10",
                "AddCategory x1", "AddIndicator x8",
                "AddCategory x1", "AddIndicator x9",
                "DefineBonusRule x3", "DefineVetoCondition x2", "PublishScheme x1",
                "RegisterUnit x2",
                "OpenAssessment x1", "AssignTask x6", "ClaimScore x28", "AttachEvidence x4", "ClaimBonus x12",
                "SubmitSelfAssessment x1",
                "OpenAssessment x1", "ClaimScore x7", "ClaimBonus x1", "SubmitSelfAssessment x1");
        assertThat(gateway.sent).hasSize(105);
    }

    @Test
    void opened_for_trying_the_office_revises_the_real_deadlines_last_keeping_their_gaps() {
        RecordingCommandGateway opened = new RecordingCommandGateway(DemoImporterTest::aggregateRules);
        new DemoImporter(opened, accounts, DemoLookups.NONE, CLOCK, 30).load(DemoDataFileTest.DATA);

        DraftScheme drafted = (DraftScheme) opened.payloads().get(0);
        assertThat(drafted.deadlines().claimsDue()).as("drafted with the real deadline").isEqualTo(Instant.parse("2020-01-10T15:59:59Z"));
        CommandMessage<?> last = opened.sent.get(opened.sent.size() - 1);
        assertThat(last.getMetaData()).containsEntry(ActorMetaData.ROLE, "ADMIN");
        ReviseDeadlines revised = (ReviseDeadlines) last.getPayload();
        LocalDate today = LocalDate.ofInstant(CLOCK.instant(), ZoneId.of("Asia/Shanghai"));
        assertThat(revised.deadlines().claimsDue()).isEqualTo(endOfDay(today.plusDays(30)));
        assertThat(revised.deadlines().evidenceDue()).as("5 days after, as in 2020").isEqualTo(endOfDay(today.plusDays(35)));
        assertThat(revised.deadlines().reviewDue()).as("49 days after, as in 2020").isEqualTo(endOfDay(today.plusDays(79)));
        assertThat(revised.reason()).contains("演示").contains("Demo");
        assertThat(gateway.payloads()).as("0 days keeps the real deadlines").noneMatch(ReviseDeadlines.class::isInstance);
    }

    private static Instant endOfDay(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void the_contradictory_zhengxie_claim_is_reported_as_rejected_with_its_reason_and_the_import_goes_on() {
        assertThat(report.rejections()).singleElement().satisfies(r -> {
            assertThat(r.command()).isEqualTo("ClaimScore");
            assertThat(r.what()).contains("1.2.2").contains("政协工作").contains("3").contains("东山侗族乡");
            assertThat(r.code()).isEqualTo(ErrorCode.SCORE_OUT_OF_RANGE);
            assertThat(r.reason()).contains("claimed 3.00");
        });
        assertThat(report.acceptedCount()).isEqualTo(104);
        assertThat(report.lines()).anySatisfy(line -> assertThat(line).contains("REJECTED").contains("SCORE_OUT_OF_RANGE"));
        assertThat(gateway.payloads().get(gateway.payloads().size() - 1)).isInstanceOf(SubmitSelfAssessment.class);
    }

    @Test
    void every_command_carries_its_actor_and_one_correlation_id() {
        Set<Object> correlationIds = gateway.sent.stream().map(m -> m.getMetaData().get(ActorMetaData.CORRELATION_ID))
                .collect(Collectors.toSet());
        assertThat(correlationIds).singleElement().asString().startsWith("demo-import-");

        CommandMessage<?> draft = gateway.sent.get(0);
        assertThat(draft.getMetaData()).containsEntry(ActorMetaData.USER_ID, "user-admin-01")
                .containsEntry(ActorMetaData.ROLE, "ADMIN").doesNotContainKey(ActorMetaData.UNIT_ID);

        CommandMessage<?> firstTask = gateway.sent.stream().filter(m -> m.getPayload() instanceof AssignTask).findFirst().orElseThrow();
        assertThat(firstTask.getMetaData()).containsEntry(ActorMetaData.USER_ID, "user-submitter-01")
                .containsEntry(ActorMetaData.ROLE, "SUBMITTER").containsEntry(ActorMetaData.UNIT_ID, "unit-dongshan");
    }

    @Test
    void every_account_is_registered_with_the_demo_password_and_its_unit() {
        assertThat(registered).hasSize(DemoDataFileTest.DATA.accounts().size());
        assertThat(registered).extracting(Registered::password).containsOnly("demo12345");
        assertThat(registered).filteredOn(r -> r.username().equals("tangmiaohua")).singleElement()
                .satisfies(r -> {
                    assertThat(r.role()).isEqualTo(Role.LEADER);
                    assertThat(r.unitId()).isEqualTo(UnitId.of("unit-dongshan"));
                    assertThat(r.userId()).isEqualTo(UserId.of("user-leader-01"));
                });
    }

    @Test
    void the_scheme_keeps_its_real_2019_deadlines_whatever_the_load_date() {
        DraftScheme draft = (DraftScheme) gateway.payloads().get(0);

        assertThat(draft.schemeId()).isEqualTo(SchemeId.of("scheme-2019-suining"));
        assertThat(draft.deadlines().claimsDue()).isEqualTo(Instant.parse("2020-01-10T15:59:59Z"));
        assertThat(draft.deadlines().evidenceDue()).isEqualTo(Instant.parse("2020-01-15T15:59:59Z"));
        assertThat(draft.deadlines().reviewDue()).isEqualTo(Instant.parse("2020-02-28T15:59:59Z"));
        assertThat(draft.bonusCap()).isEqualTo(Score.of("10"));
        assertThat(report.assumptions()).anySatisfy(a -> assertThat(a).startsWith("bonus cap 10"));
        assertThat(report.assumptions()).anySatisfy(a -> assertThat(a).startsWith("1.2.2 政协工作"));
    }

    @Test
    void the_units_claims_evidence_and_submission_are_entered_by_the_office_after_the_fact_on_the_reports_date() {
        List<CommandMessage<?>> entered = gateway.sent.stream()
                .filter(m -> m.getPayload() instanceof ClaimScore || m.getPayload() instanceof AttachEvidence
                        || m.getPayload() instanceof ClaimBonus || m.getPayload() instanceof SubmitSelfAssessment)
                .toList();
        assertThat(entered).hasSize(28 + 4 + 12 + 1 + 7 + 1 + 1);
        assertThat(entered).allSatisfy(m -> assertThat(m.getMetaData())
                .containsEntry(ActorMetaData.ROLE, "ADMIN").containsEntry(ActorMetaData.USER_ID, "user-admin-01")
                .containsKey(AfterTheFact.REASON));
        // the report is dated 2020年1月8日: entered as of noon that day in Shanghai, before the claims deadline
        assertThat(entered.get(0).getMetaData()).containsEntry(AfterTheFact.STATED_AT, "2020-01-08T04:00:00Z")
                .containsEntry(AfterTheFact.REASON, "2019年度绩效评估补录：按东山侗族乡自查自评报告（2020年1月8日）录入");
        assertThat(entered.get(entered.size() - 1).getMetaData()).containsEntry(AfterTheFact.STATED_AT, "2020-01-09T04:00:00Z");
        assertThat(gateway.sent.get(0).getMetaData()).doesNotContainKey(AfterTheFact.STATED_AT);
    }

    @Test
    void tasks_go_to_the_leaders_with_due_dates_from_the_load_date_one_of_them_already_overdue() {
        List<AssignTask> tasks = gateway.payloads().stream().filter(AssignTask.class::isInstance).map(AssignTask.class::cast).toList();
        LocalDate today = LocalDate.of(2026, 11, 28);

        assertThat(tasks).extracting(AssignTask::leaderId).allSatisfy(l -> assertThat(l.value()).startsWith("user-leader-"));
        assertThat(tasks).filteredOn(t -> t.dueDate().isBefore(today)).singleElement()
                .satisfies(t -> assertThat(t.dueDate()).isEqualTo(today.minusDays(3)));
    }

    @Test
    void evidence_is_sent_with_the_hash_and_size_of_its_generated_bytes_and_closes_its_task() {
        AttachEvidence first = gateway.payloads().stream().filter(AttachEvidence.class::isInstance).map(AttachEvidence.class::cast)
                .findFirst().orElseThrow();
        byte[] bytes = DemoDataFileTest.dongshan().evidence().get(0).content().getBytes(StandardCharsets.UTF_8);

        assertThat(first.sizeBytes()).isEqualTo(bytes.length);
        assertThat(first.sha256()).isEqualTo(DemoImporter.sha256(bytes)).hasSize(64);
        assertThat(first.taskIds()).containsExactly(TaskId.of("task-ds-01"));
        assertThat(first.indicatorCodes()).containsExactly("1.1.1");
    }

    @Test
    void the_submission_declares_the_reports_totals() {
        SubmitSelfAssessment submit = gateway.payloads().stream().filter(SubmitSelfAssessment.class::isInstance)
                .map(SubmitSelfAssessment.class::cast).findFirst().orElseThrow();

        assertThat(submit.declared()).isEqualTo(new DeclaredTotals(Score.of("100"), Score.of("5.3"), Score.of("105.3")));
    }

    @Test
    void an_import_whose_scheme_exists_sends_nothing() {
        RecordingCommandGateway second = new RecordingCommandGateway(c -> null);
        registered.clear();
        DemoLookups loaded = new DemoLookups() {
            public boolean schemeExists(SchemeId schemeId) {
                return true;
            }

            public boolean schemePublished(SchemeId schemeId) {
                return true;
            }

            public boolean unitExists(UnitId unitId) {
                return true;
            }

            public boolean assessmentExists(org.evaltrack.kernel.assessment.AssessmentId assessmentId) {
                return true;
            }

            public boolean taskExists(TaskId taskId) {
                return true;
            }
        };

        DemoImportReport again = new DemoImporter(second, accounts, loaded, CLOCK, 0).load(DemoDataFileTest.DATA);

        assertThat(again.wasSkipped()).isTrue();
        assertThat(second.sent).isEmpty();
        assertThat(registered).isEmpty();
    }

    @Test
    void a_failure_that_is_not_a_domain_refusal_stops_the_import() {
        RecordingCommandGateway broken = new RecordingCommandGateway(c -> c instanceof ClaimScore ? new IllegalStateException("db down") : null);

        assertThatThrownBy(() -> new DemoImporter(broken, accounts, DemoLookups.NONE, CLOCK, 0).load(DemoDataFileTest.DATA))
                .hasMessage("db down");
        assertThat(broken.payloads().get(broken.payloads().size() - 1)).isInstanceOf(ClaimScore.class);
    }

    @Test
    void the_startup_banner_names_the_url_and_every_demo_account() {
        DemoDataLoader loader = new DemoDataLoader(null, null, null, null, null, null, null, null, 8080, 30);

        List<String> banner = loader.banner(DemoDataFileTest.DATA, report);

        assertThat(String.join("\n", banner)).contains("http://localhost:8080").contains("demo12345")
                .contains("office").contains("reviewer").contains("dongshan").contains("tangmiaohua")
                .contains("REJECTED");
    }
}

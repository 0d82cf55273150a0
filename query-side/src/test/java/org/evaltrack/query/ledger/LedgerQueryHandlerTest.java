package org.evaltrack.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.ledger.LedgerFixture.CHANGPU;
import static org.evaltrack.query.ledger.LedgerFixture.CHANGPU_2019;
import static org.evaltrack.query.ledger.LedgerFixture.DONGSHAN;
import static org.evaltrack.query.ledger.LedgerFixture.DONGSHAN_2019;
import static org.evaltrack.query.ledger.LedgerFixture.HE;
import static org.evaltrack.query.ledger.LedgerFixture.YANG;
import static org.evaltrack.query.ledger.LedgerFixture.YUAN;
import static org.evaltrack.query.ledger.LedgerFixture.assigned;
import static org.evaltrack.query.ledger.LedgerFixture.closedOut;
import static org.evaltrack.query.ledger.LedgerFixture.evidence;
import static org.evaltrack.query.ledger.LedgerFixture.opened;
import static org.evaltrack.query.ledger.LedgerFixture.reassigned;
import static org.evaltrack.query.ledger.LedgerFixture.t;
import static org.evaltrack.query.ledger.LedgerFixture.unit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.query.ledger.ClosingEvidence;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.LedgerCounts;
import org.evaltrack.kernel.query.ledger.LedgerTaskView;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.kernel.query.ledger.TrafficLight;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Now" is 2020-01-08 12:00 Beijing time ({@link LedgerDatabaseTest#NOW}). */
class LedgerQueryHandlerTest extends LedgerDatabaseTest {

    /** The closing evidence arrives at 2020-01-05 20:00 Beijing time. */
    static final Instant CLOSE_OUT = t(600);
    static final Instant REASSIGNMENT = t(2000);

    @Autowired
    LedgerProjection projection;
    @Autowired
    LedgerQueryHandler handler;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoTownshipLedgers() {
        LedgerFixture.accounts(jdbc);
        LedgerEvents events = new LedgerEvents(projection, entityManager);
        events.at(t(0), unit(DONGSHAN, "东山侗族乡"))
                .at(t(0), unit(CHANGPU, "长铺子苗族侗族乡"))
                .at(t(0), opened(DONGSHAN_2019, DONGSHAN))
                .at(t(0), opened(CHANGPU_2019, CHANGPU))
                .at(t(1), assigned(DONGSHAN_2019, "task-red", YANG, "扶贫工作站", day("2020-01-07"), t(1)))
                .at(t(2), assigned(DONGSHAN_2019, "task-yellow", YANG, "财政所", day("2020-01-10"), t(2)))
                .at(t(3), assigned(DONGSHAN_2019, "task-green", YANG, "扶贫工作站", day("2020-01-20"), t(3)))
                .at(t(4), assigned(DONGSHAN_2019, "task-due-today", YANG, "扶贫工作站", day("2020-01-08"), t(4)))
                .at(t(5), assigned(DONGSHAN_2019, "task-closed", YANG, "扶贫工作站", day("2020-01-06"), t(5)))
                .at(t(6), assigned(DONGSHAN_2019, "task-yuan", YUAN, "财政所", day("2020-01-20"), t(6)))
                .at(t(7), assigned(DONGSHAN_2019, "task-moved", YANG, "扶贫工作站", day("2020-01-20"), t(7)))
                .at(t(8), assigned(CHANGPU_2019, "task-he", HE, "财政所", day("2020-01-09"), t(8)))
                .at(CLOSE_OUT, evidence(DONGSHAN_2019, DONGSHAN, "evidence-1", "筛查台账.xlsx", CLOSE_OUT, "task-closed"))
                .at(CLOSE_OUT, closedOut(DONGSHAN_2019, "task-closed", "evidence-1", YANG, day("2020-01-06"), t(5),
                        CLOSE_OUT, false))
                .at(REASSIGNMENT, reassigned(DONGSHAN_2019, "task-moved", YANG, YUAN, "扶贫工作站", "扶贫工作站"));
        events.commitBatch();
    }

    private static LocalDate day(String value) {
        return LocalDate.parse(value);
    }

    private TaskLedgerView ask(FindTaskLedger query) {
        return handler.handle(query).orElseThrow();
    }

    private static LedgerTaskView task(TaskLedgerView view, String taskId) {
        return view.tasks().stream().filter(t -> t.taskId().value().equals(taskId)).findFirst().orElseThrow();
    }

    @Test
    void a_leaders_ledger_lists_only_their_tasks_open_first_red_yellow_green_by_due_date_then_closed() {
        TaskLedgerView view = ask(FindTaskLedger.ofLeader(YANG));

        assertThat(view.tasks()).extracting(t -> t.taskId().value())
                .containsExactly("task-red", "task-due-today", "task-yellow", "task-green", "task-closed");
        assertThat(view.tasks()).extracting(LedgerTaskView::trafficLight)
                .containsExactly(TrafficLight.RED, TrafficLight.YELLOW, TrafficLight.YELLOW, TrafficLight.GREEN, null);
    }

    @Test
    void a_ledger_counts_open_closed_and_overdue_tasks() {
        assertThat(ask(FindTaskLedger.ofLeader(YANG)).counts()).isEqualTo(new LedgerCounts(4, 1, 1, 2));
    }

    @Test
    void a_closed_task_shows_the_evidence_that_closed_it_and_the_time_from_assignment_to_close_out() {
        LedgerTaskView closed = task(ask(FindTaskLedger.ofLeader(YANG)), "task-closed");

        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).isEqualTo(new ClosingEvidence(EvidenceId.of("evidence-1"), "筛查台账.xlsx", CLOSE_OUT));
        assertThat(closed.closedAt()).isEqualTo(CLOSE_OUT);
        assertThat(closed.timeToCloseOut()).isEqualTo(Duration.between(t(5), CLOSE_OUT));
        assertThat(closed.closedLate()).isFalse();
        assertThat(closed.daysLeft()).isNull();
    }

    @Test
    void an_open_task_counts_the_days_left_to_its_due_date_in_beijing_time() {
        TaskLedgerView view = ask(FindTaskLedger.ofLeader(YANG));

        assertThat(task(view, "task-red").daysLeft()).isEqualTo(-1);
        assertThat(task(view, "task-due-today").daysLeft()).isZero();
        assertThat(task(view, "task-yellow").daysLeft()).isEqualTo(2);
        assertThat(task(view, "task-red").closedLate()).isNull();
    }

    @Test
    void leader_and_unit_names_come_from_the_account_table_and_the_units_registered() {
        TaskLedgerView view = ask(FindTaskLedger.ofLeader(YANG));

        assertThat(view.displayName()).isEqualTo("杨国华");
        assertThat(view.tasks()).allSatisfy(t -> {
            assertThat(t.leaderName()).isEqualTo("杨国华");
            assertThat(t.unitName()).isEqualTo("东山侗族乡");
            assertThat(t.unitId()).isEqualTo(DONGSHAN);
        });
    }

    @Test
    void a_renamed_leader_is_shown_with_the_new_name_without_a_replay() {
        jdbc.update("update account set display_name = '杨国华（常务副组长）' where user_id = ?", YANG.value());

        assertThat(ask(FindTaskLedger.ofLeader(YANG)).tasks().get(0).leaderName()).isEqualTo("杨国华（常务副组长）");
    }

    @Test
    void a_department_ledger_spans_units() {
        TaskLedgerView view = ask(FindTaskLedger.ofDepartment("财政所"));

        assertThat(view.tasks()).extracting(t -> t.taskId().value())
                .containsExactlyInAnyOrder("task-yellow", "task-yuan", "task-he");
    }

    @Test
    void a_department_ledger_narrowed_to_a_unit_holds_only_that_units_tasks() {
        TaskLedgerView view = ask(FindTaskLedger.ofDepartment("财政所").onlyUnit(CHANGPU));

        assertThat(view.tasks()).extracting(t -> t.taskId().value()).containsExactly("task-he");
    }

    @Test
    void a_unit_ledger_holds_the_tasks_of_that_units_assessments() {
        TaskLedgerView view = ask(FindTaskLedger.ofUnit(DONGSHAN));

        assertThat(view.displayName()).isEqualTo("东山侗族乡");
        assertThat(view.tasks()).hasSize(7).allSatisfy(t -> assertThat(t.assessmentId()).isEqualTo(DONGSHAN_2019));
    }

    @Test
    void an_assessment_ledger_names_its_unit() {
        TaskLedgerView view = ask(FindTaskLedger.ofAssessment(CHANGPU_2019));

        assertThat(view.unitId()).isEqualTo(CHANGPU);
        assertThat(view.displayName()).isEqualTo("长铺子苗族侗族乡");
        assertThat(view.tasks()).extracting(t -> t.leaderName()).containsExactly("何定超");
    }

    @Test
    void an_unknown_assessment_or_unit_has_no_ledger() {
        assertThat(handler.handle(FindTaskLedger.ofAssessment(AssessmentId.of("nope")))).isEmpty();
        assertThat(handler.handle(FindTaskLedger.ofUnit(UnitId.of("nope")))).isEmpty();
    }

    @Test
    void the_current_ledger_is_judged_against_the_injected_clock() {
        TaskLedgerView view = ask(FindTaskLedger.ofLeader(YANG));

        assertThat(view.reference()).isEqualTo(NOW);
        assertThat(view.asOf()).isFalse();
    }

    @Test
    void as_of_before_the_close_out_the_task_is_open_with_its_light_judged_at_that_instant() {
        TaskLedgerView view = ask(FindTaskLedger.ofLeader(YANG).asOf(CLOSE_OUT.minusSeconds(1)));

        LedgerTaskView before = task(view, "task-closed");
        assertThat(before.closed()).isFalse();
        assertThat(before.closedBy()).isNull();
        // due 2020-01-06; the instant is 2020-01-05 19:59:59 Beijing time: one day left
        assertThat(before.trafficLight()).isEqualTo(TrafficLight.YELLOW);
        assertThat(before.daysLeft()).isEqualTo(1);
        assertThat(view.asOf()).isTrue();
        assertThat(view.reference()).isEqualTo(CLOSE_OUT.minusSeconds(1));
    }

    @Test
    void as_of_the_close_out_the_task_is_closed_by_its_evidence() {
        LedgerTaskView after = task(ask(FindTaskLedger.ofLeader(YANG).asOf(CLOSE_OUT)), "task-closed");

        assertThat(after.closed()).isTrue();
        assertThat(after.closedBy().fileName()).isEqualTo("筛查台账.xlsx");
    }

    @Test
    void as_of_an_instant_before_a_task_was_assigned_the_task_is_not_listed() {
        TaskLedgerView view = ask(FindTaskLedger.ofLeader(YANG).asOf(t(3)));

        assertThat(view.tasks()).extracting(t -> t.taskId().value()).containsExactlyInAnyOrder("task-red", "task-yellow",
                "task-green");
    }

    @Test
    void as_of_an_instant_before_a_reassignment_the_task_is_on_the_previous_leaders_ledger() {
        assertThat(ask(FindTaskLedger.ofLeader(YANG).asOf(REASSIGNMENT.minusSeconds(1))).tasks())
                .extracting(t -> t.taskId().value()).contains("task-moved");
        assertThat(ask(FindTaskLedger.ofLeader(YANG).asOf(REASSIGNMENT)).tasks())
                .extracting(t -> t.taskId().value()).doesNotContain("task-moved");
        assertThat(ask(FindTaskLedger.ofLeader(YANG)).tasks())
                .extracting(t -> t.taskId().value()).doesNotContain("task-moved");
    }

    /** task-yellow is due 2020-01-10; Beijing midnight is 16:00 UTC the day before. */
    @ParameterizedTest(name = "{0} → {1}, {2} days left")
    @CsvSource({
            "2020-01-06T15:59:59Z, GREEN, 4",
            "2020-01-06T16:00:00Z, YELLOW, 3",
            "2020-01-10T15:59:59Z, YELLOW, 0",
            "2020-01-10T16:00:00Z, RED, -1"
    })
    void the_traffic_light_turns_yellow_three_days_before_the_due_date_and_red_after_it(Instant now, TrafficLight light,
                                                                                        int daysLeft) {
        // A UTC clock on purpose: the rule is judged in Beijing time whatever zone the clock carries.
        LedgerQueryHandler atNow = new LedgerQueryHandler(jdbc, Clock.fixed(now, ZoneOffset.UTC));

        TaskLedgerView view = atNow.handle(FindTaskLedger.ofLeader(YANG)).orElseThrow();

        assertThat(task(view, "task-yellow").trafficLight()).isEqualTo(light);
        assertThat(task(view, "task-yellow").daysLeft()).isEqualTo(daysLeft);
    }

    @Test
    void an_open_task_past_its_due_date_counts_as_overdue() {
        LedgerQueryHandler later = new LedgerQueryHandler(jdbc, Clock.fixed(Instant.parse("2020-01-10T16:00:00Z"), ZoneOffset.UTC));

        // task-red, task-due-today and task-yellow are past due then; task-green is not, task-closed is closed
        assertThat(later.handle(FindTaskLedger.ofLeader(YANG)).orElseThrow().counts()).isEqualTo(new LedgerCounts(4, 1, 3, 0));
    }
}

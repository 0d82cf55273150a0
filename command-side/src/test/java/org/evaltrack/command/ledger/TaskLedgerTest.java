package org.evaltrack.command.ledger;

import static org.evaltrack.command.domain.Refusals.hasCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.command.assessment.IndicatorRule;
import org.evaltrack.command.assessment.SchemeRulebook;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.command.fakes.InMemoryAssessmentRegistry;
import org.evaltrack.command.fakes.InMemorySchemeRulebook;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.AssignTask;
import org.evaltrack.kernel.ledger.CloseOutTask;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.ReassignTask;
import org.evaltrack.kernel.ledger.ReopenTask;
import org.evaltrack.kernel.ledger.TaskAssigned;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.ledger.TaskReassigned;
import org.evaltrack.kernel.ledger.TaskReopened;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskLedgerTest {

    private static final UnitId DONGSHAN = UnitId.of("dongshan");
    private static final UnitId HUANGSANG = UnitId.of("huangsang");
    private static final AssessmentId ASSESSMENT = AssessmentId.of("a-dongshan-2019");
    private static final LedgerId LEDGER = LedgerId.forAssessment(ASSESSMENT);
    private static final TaskId TASK = TaskId.of("t-1");
    private static final UserId YANG = UserId.of("u-yang");
    private static final UserId TANG = UserId.of("u-tang");
    private static final EvidenceId EVIDENCE = EvidenceId.of("ev-1");
    private static final LocalDate DUE = LocalDate.of(2020, 1, 10);
    private static final Instant ASSIGNED_AT = Instant.parse("2019-12-01T00:00:00Z");

    private static final TaskAssigned ASSIGNED = new TaskAssigned(LEDGER, TASK, ASSESSMENT, "1.1.1", "脱贫台账",
            "贫困户花名册", YANG, "扶贫办", DUE, ASSIGNED_AT);
    private static final TaskClosedOut CLOSED = new TaskClosedOut(LEDGER, TASK, ASSESSMENT, EVIDENCE, YANG, "1.1.1",
            DUE, ASSIGNED_AT, ASSIGNED_AT, false);

    /** The scheme of the assessment has one indicator, 1.1.1: a task can split out only that one. */
    private static final SchemeRulebook RULEBOOK = new InMemorySchemeRulebook().put(new SchemeRules(
            SchemeId.of("suining-2019"), 2019, SchemeRules.SchemeStatus.PUBLISHED,
            new Deadlines(Instant.parse("2019-12-10T16:00:00Z"), Instant.parse("2019-12-20T16:00:00Z"),
                    Instant.parse("2020-01-10T16:00:00Z")),
            Map.of("1.1.1", new IndicatorRule("1.1.1", "1.1", ScoringMode.STANDARD, Score.of("15"), null)),
            Map.of(), Score.of("1"), Map.of()));

    private AggregateTestFixture<TaskLedger> fixture;
    private InMemoryAssessmentRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryAssessmentRegistry().add(ASSESSMENT, SchemeId.of("suining-2019"), DONGSHAN);
        fixture = fixtureAt(FixedClock.CLOCK);
    }

    private AggregateTestFixture<TaskLedger> fixtureAt(Clock clock) {
        AggregateTestFixture<TaskLedger> created = new AggregateTestFixture<>(TaskLedger.class);
        created.registerInjectableResource(registry);
        created.registerInjectableResource(RULEBOOK);
        created.registerInjectableResource(clock);
        return created;
    }

    private static AssignTask assign(TaskId taskId, String title, String requiredItem, String department,
                                     LocalDate due) {
        return new AssignTask(LEDGER, taskId, ASSESSMENT, "1.1.1", title, requiredItem, YANG, department, due);
    }

    private static AssignTask assign() {
        return assign(TASK, "脱贫台账", "贫困户花名册", "扶贫办", DUE);
    }

    private static void refused(ResultValidator<TaskLedger> result, ErrorCode code) {
        result.expectNoEvents().expectException(DomainException.class).expectException(hasCode(code));
    }

    @Test
    void firstTaskCreatesTheLedger() {
        fixture.givenNoPriorActivity()
                .when(assign(), Actors.admin())
                .expectEvents(new TaskAssigned(LEDGER, TASK, ASSESSMENT, "1.1.1", "脱贫台账", "贫困户花名册", YANG,
                        "扶贫办", DUE, FixedClock.NOW));
    }

    @Test
    void submitterOfTheAssessedUnitAssignsTasks() {
        fixture.given(ASSIGNED)
                .when(assign(TaskId.of("t-2"), "债务台账", "债务清单", "财政所", DUE), Actors.submitter(DONGSHAN))
                .expectEvents(new TaskAssigned(LEDGER, TaskId.of("t-2"), ASSESSMENT, "1.1.1", "债务台账", "债务清单",
                        YANG, "财政所", DUE, FixedClock.NOW));
    }

    @Test
    void aTaskOfAnIndicatorTheSchemeDoesNotHaveIsRefused() {
        AssignTask unknown = new AssignTask(LEDGER, TASK, ASSESSMENT, "9.9.9", "脱贫台账", "贫困户花名册", YANG, "扶贫办", DUE);
        refused(fixture.givenNoPriorActivity().when(unknown, Actors.admin()), ErrorCode.INDICATOR_NOT_FOUND);
    }

    @Test
    void aFortyCharacterIndicatorCodeIsRefusedAsUnknown() {
        AssignTask unknown = new AssignTask(LEDGER, TASK, ASSESSMENT, "x".repeat(40), "脱贫台账", "贫困户花名册", YANG,
                "扶贫办", DUE);
        refused(fixture.givenNoPriorActivity().when(unknown, Actors.admin()), ErrorCode.INDICATOR_NOT_FOUND);
    }

    @Test
    void submitterOfAnotherUnitMayNotAssignTasks() {
        refused(fixture.givenNoPriorActivity().when(assign(), Actors.submitter(HUANGSANG)), ErrorCode.OTHER_UNIT);
    }

    @Test
    void reviewerMayNotAssignTasks() {
        refused(fixture.givenNoPriorActivity().when(assign(), Actors.reviewer()), ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void taskOfAnUnknownAssessmentIsRefused() {
        AssessmentId unknown = AssessmentId.of("a-nowhere");
        refused(fixture.givenNoPriorActivity()
                        .when(new AssignTask(LedgerId.forAssessment(unknown), TASK, unknown, "1.1.1", "t", "r", YANG,
                                "d", DUE), Actors.admin()),
                ErrorCode.ASSESSMENT_NOT_FOUND);
    }

    @Test
    void taskMustGoToItsAssessmentsLedger() {
        refused(fixture.givenNoPriorActivity()
                        .when(new AssignTask(LedgerId.of("ledger:elsewhere"), TASK, ASSESSMENT, "1.1.1", "t", "r", YANG,
                                "d", DUE), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void untitledTaskIsRefused() {
        refused(fixture.givenNoPriorActivity().when(assign(TASK, " ", "花名册", "扶贫办", DUE), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void taskWithoutARequiredItemIsRefused() {
        refused(fixture.givenNoPriorActivity().when(assign(TASK, "台账", "", "扶贫办", DUE), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void taskWithoutADepartmentIsRefused() {
        refused(fixture.givenNoPriorActivity().when(assign(TASK, "台账", "花名册", null, DUE), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void taskWithoutADueDateIsRefused() {
        refused(fixture.givenNoPriorActivity().when(assign(TASK, "台账", "花名册", "扶贫办", null), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void taskIdIsUsedOnlyOnceInALedger() {
        refused(fixture.given(ASSIGNED).when(assign(), Actors.admin()), ErrorCode.DUPLICATE_CODE);
    }

    @Test
    void taskIsReassignedToAnotherLeaderAndDepartment() {
        fixture.given(ASSIGNED)
                .when(new ReassignTask(LEDGER, TASK, TANG, "民政办", "调整分工"), Actors.submitter(DONGSHAN))
                .expectEvents(new TaskReassigned(LEDGER, TASK, YANG, TANG, "扶贫办", "民政办", "调整分工"));
    }

    @Test
    void reassigningOnlyTheDepartmentKeepsTheLeader() {
        fixture.given(ASSIGNED)
                .when(new ReassignTask(LEDGER, TASK, null, "民政办", "调整分工"), Actors.admin())
                .expectEvents(new TaskReassigned(LEDGER, TASK, YANG, YANG, "扶贫办", "民政办", "调整分工"));
    }

    @Test
    void reassignmentNeedsAReason() {
        refused(fixture.given(ASSIGNED).when(new ReassignTask(LEDGER, TASK, TANG, "民政办", " "), Actors.admin()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void unknownTaskIsNotReassigned() {
        refused(fixture.given(ASSIGNED)
                        .when(new ReassignTask(LEDGER, TaskId.of("t-9"), TANG, "民政办", "r"), Actors.admin()),
                ErrorCode.TASK_NOT_FOUND);
    }

    @Test
    void closedTaskIsNotReassigned() {
        refused(fixture.given(ASSIGNED, CLOSED)
                        .when(new ReassignTask(LEDGER, TASK, TANG, "民政办", "r"), Actors.admin()),
                ErrorCode.TASK_CLOSED);
    }

    @Test
    void reassignmentThatChangesNothingIsRefused() {
        refused(fixture.given(ASSIGNED).when(new ReassignTask(LEDGER, TASK, YANG, "扶贫办", "r"), Actors.admin()),
                ErrorCode.SAME_ASSIGNMENT);
    }

    @Test
    void submitterOfAnotherUnitMayNotReassign() {
        refused(fixture.given(ASSIGNED)
                        .when(new ReassignTask(LEDGER, TASK, TANG, "民政办", "r"), Actors.submitter(HUANGSANG)),
                ErrorCode.OTHER_UNIT);
    }

    @Test
    void leaderMayNotReassignTheirTask() {
        refused(fixture.given(ASSIGNED)
                        .when(new ReassignTask(LEDGER, TASK, TANG, "民政办", "r"), Actors.leader(YANG.value())),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void evidenceClosesOutATaskOnTime() {
        fixture.given(ASSIGNED)
                .when(new CloseOutTask(LEDGER, TASK, EVIDENCE))
                .expectEvents(new TaskClosedOut(LEDGER, TASK, ASSESSMENT, EVIDENCE, YANG, "1.1.1", DUE, ASSIGNED_AT,
                        FixedClock.NOW, false));
    }

    @Test
    void closingOutAfterTheDueDateIsOverdue() {
        TaskAssigned dueEarlier = new TaskAssigned(LEDGER, TASK, ASSESSMENT, "1.1.1", "脱贫台账", "贫困户花名册", YANG,
                "扶贫办", DUE.minusDays(1), ASSIGNED_AT);
        fixture.given(dueEarlier)
                .when(new CloseOutTask(LEDGER, TASK, EVIDENCE))
                .expectEvents(new TaskClosedOut(LEDGER, TASK, ASSESSMENT, EVIDENCE, YANG, "1.1.1", DUE.minusDays(1),
                        ASSIGNED_AT, FixedClock.NOW, true));
    }

    @Test
    void overdueIsJudgedByTheDateInTheClocksZone() {
        // 2020-01-10 01:00 in Shanghai is still 2020-01-09 in UTC: a task due on the 9th is overdue here
        Instant earlyMorning = Instant.parse("2020-01-09T17:00:00Z");
        TaskAssigned dueNinth = new TaskAssigned(LEDGER, TASK, ASSESSMENT, "1.1.1", "脱贫台账", "贫困户花名册", YANG,
                "扶贫办", LocalDate.of(2020, 1, 9), ASSIGNED_AT);
        fixtureAt(Clock.fixed(earlyMorning, FixedClock.ZONE)).given(dueNinth)
                .when(new CloseOutTask(LEDGER, TASK, EVIDENCE))
                .expectEvents(new TaskClosedOut(LEDGER, TASK, ASSESSMENT, EVIDENCE, YANG, "1.1.1",
                        LocalDate.of(2020, 1, 9), ASSIGNED_AT, earlyMorning, true));
    }

    @Test
    void closedTaskIsNotClosedAgain() {
        fixture.given(ASSIGNED, CLOSED)
                .when(new CloseOutTask(LEDGER, TASK, EvidenceId.of("ev-2")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unknownTaskIsNotClosedOut() {
        refused(fixture.given(ASSIGNED).when(new CloseOutTask(LEDGER, TaskId.of("t-9"), EVIDENCE)),
                ErrorCode.TASK_NOT_FOUND);
    }

    @Test
    void taskReopensWhenTheEvidenceThatClosedItGoesAway() {
        fixture.given(ASSIGNED, CLOSED)
                .when(new ReopenTask(LEDGER, TASK, EVIDENCE, "evidence withdrawn: wrong file"))
                .expectEvents(new TaskReopened(LEDGER, TASK, ASSESSMENT, EVIDENCE, YANG,
                        "evidence withdrawn: wrong file"));
    }

    @Test
    void otherEvidenceGoingAwayLeavesTheTaskClosed() {
        fixture.given(ASSIGNED, CLOSED)
                .when(new ReopenTask(LEDGER, TASK, EvidenceId.of("ev-2"), "evidence withdrawn"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void openTaskIsNotReopened() {
        fixture.given(ASSIGNED)
                .when(new ReopenTask(LEDGER, TASK, EVIDENCE, "evidence rejected"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reopenedTaskCanBeReassigned() {
        fixture.given(ASSIGNED, CLOSED, new TaskReopened(LEDGER, TASK, ASSESSMENT, EVIDENCE, YANG, "withdrawn"))
                .when(new ReassignTask(LEDGER, TASK, TANG, "扶贫办", "r"), Actors.admin())
                .expectEvents(new TaskReassigned(LEDGER, TASK, YANG, TANG, "扶贫办", "扶贫办", "r"));
    }
}

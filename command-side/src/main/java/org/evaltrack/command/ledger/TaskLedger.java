package org.evaltrack.command.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.evaltrack.command.domain.Checks.facts;
import static org.evaltrack.command.domain.Checks.present;
import static org.evaltrack.command.domain.Checks.reason;
import static org.evaltrack.command.domain.Checks.require;
import static org.evaltrack.command.domain.Checks.requireRole;
import static org.evaltrack.command.domain.Checks.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.evaltrack.command.directory.AssessmentRegistry;
import org.evaltrack.command.assessment.SchemeRulebook;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
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
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * The task ledger (工作任务分解台账) of one assessment. It comes into being with its first task;
 * tasks close out when evidence for them arrives and reopen when that evidence goes away.
 */
@Aggregate(commandTargetResolver = "expectedVersionResolver")
class TaskLedger {

    record Task(AssessmentId assessmentId, String indicatorCode, UserId leaderId, String department,
                LocalDate dueDate, Instant assignedAt, boolean closed, EvidenceId closedBy) {
    }

    @AggregateIdentifier
    private LedgerId ledgerId;
    private final Map<TaskId, Task> tasks = new HashMap<>();

    TaskLedger() {
        // for Axon: created by the first AssignTask, otherwise rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AssignTask command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                AssessmentRegistry registry,
                SchemeRulebook rulebook,
                Clock clock) {
        requireRole(role, Role.ADMIN, Role.SUBMITTER);
        AssessmentId assessmentId = present(command.assessmentId(), "assessmentId");
        require(LedgerId.forAssessment(assessmentId).equals(command.ledgerId()), ErrorCode.VALIDATION_FAILED,
                "the ledger of assessment " + assessmentId + " is " + LedgerId.forAssessment(assessmentId),
                "ledgerId");
        requireOwnUnit(role, actingUnit, registry, assessmentId);
        TaskId taskId = present(command.taskId(), "taskId");
        text(command.title(), "title");
        text(command.requiredItem(), "requiredItem");
        text(command.department(), "department");
        present(command.leaderId(), "leaderId");
        present(command.dueDate(), "dueDate");
        requireIndicatorOfScheme(command.indicatorCode(), assessmentId, registry, rulebook);
        require(!tasks.containsKey(taskId), ErrorCode.DUPLICATE_CODE, "task already in the ledger: " + taskId,
                facts("task", taskId.value()));
        apply(new TaskAssigned(command.ledgerId(), taskId, assessmentId, command.indicatorCode(), command.title(),
                command.requiredItem(), command.leaderId(), command.department(), command.dueDate(), clock.instant()));
    }

    /** A task splits out one of the scheme's indicators; any other code would be a task no page can place. */
    private static void requireIndicatorOfScheme(String indicatorCode, AssessmentId assessmentId,
                                                 AssessmentRegistry registry, SchemeRulebook rulebook) {
        String code = present(indicatorCode, "indicatorCode");
        SchemeId schemeId = registry.schemeOf(assessmentId).orElseThrow(() -> new DomainException(
                ErrorCode.ASSESSMENT_NOT_FOUND, "no assessment " + assessmentId, List.of(assessmentId.value())));
        require(rulebook.rulesFor(schemeId).indicators().containsKey(code), ErrorCode.INDICATOR_NOT_FOUND,
                "no indicator " + code + " in scheme " + schemeId, code);
    }

    /** A missing leader or department in the command keeps the current one. */
    @CommandHandler
    void handle(ReassignTask command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                AssessmentRegistry registry) {
        requireRole(role, Role.ADMIN, Role.SUBMITTER);
        requireOwnUnit(role, actingUnit, registry, ledgerId.assessmentId());
        reason(command.reason());
        Task task = known(command.taskId());
        require(!task.closed(), ErrorCode.TASK_CLOSED, "task " + command.taskId() + " is closed out",
                facts("task", command.taskId().value()));
        UserId leader = command.leaderId() == null ? task.leaderId() : command.leaderId();
        String department = command.department() == null || command.department().isBlank()
                ? task.department() : command.department();
        require(!(leader.equals(task.leaderId()) && department.equals(task.department())), ErrorCode.SAME_ASSIGNMENT,
                "the task already has this leader and department",
                facts("task", command.taskId().value(), "leaderId", leader.value(), "department", department));
        apply(new TaskReassigned(ledgerId, command.taskId(), task.leaderId(), leader, task.department(), department,
                command.reason()));
    }

    /** Sent by the close-out policy, not by a person: no role applies. Closing a closed task is a no-op. */
    @CommandHandler
    void handle(CloseOutTask command, Clock clock) {
        Task task = known(command.taskId());
        if (task.closed()) {
            return;
        }
        Instant closedAt = clock.instant();
        boolean overdue = LocalDate.ofInstant(closedAt, clock.getZone()).isAfter(task.dueDate());
        apply(new TaskClosedOut(ledgerId, command.taskId(), task.assessmentId(), command.evidenceId(), task.leaderId(),
                task.indicatorCode(), task.dueDate(), task.assignedAt(), closedAt, overdue));
    }

    /** Only the evidence that closed a task can reopen it; anything else is a no-op. */
    @CommandHandler
    void handle(ReopenTask command) {
        Task task = known(command.taskId());
        if (!task.closed() || !Objects.equals(task.closedBy(), command.evidenceId())) {
            return;
        }
        apply(new TaskReopened(ledgerId, command.taskId(), task.assessmentId(), command.evidenceId(), task.leaderId(),
                command.reason()));
    }

    private static void requireOwnUnit(String role, String actingUnit, AssessmentRegistry registry,
                                       AssessmentId assessmentId) {
        UnitId unit = registry.unitOf(assessmentId).orElse(null);
        require(unit != null, ErrorCode.ASSESSMENT_NOT_FOUND, "no assessment " + assessmentId,
                facts("assessment", assessmentId.value()));
        require(!Role.SUBMITTER.name().equals(role) || unit.value().equals(actingUnit), ErrorCode.OTHER_UNIT,
                "this ledger belongs to another unit", facts("unit", unit.value()));
    }

    private Task known(TaskId taskId) {
        Task task = taskId == null ? null : tasks.get(taskId);
        require(task != null, ErrorCode.TASK_NOT_FOUND, "no task " + taskId, Objects.toString(taskId));
        return task;
    }

    @EventSourcingHandler
    void on(TaskAssigned event) {
        ledgerId = event.ledgerId();
        tasks.put(event.taskId(), new Task(event.assessmentId(), event.indicatorCode(), event.leaderId(),
                event.department(), event.dueDate(), event.assignedAt(), false, null));
    }

    @EventSourcingHandler
    void on(TaskReassigned event) {
        tasks.computeIfPresent(event.taskId(), (id, t) -> new Task(t.assessmentId(), t.indicatorCode(),
                event.leaderId(), event.department(), t.dueDate(), t.assignedAt(), t.closed(), t.closedBy()));
    }

    @EventSourcingHandler
    void on(TaskClosedOut event) {
        tasks.computeIfPresent(event.taskId(), (id, t) -> new Task(t.assessmentId(), t.indicatorCode(), t.leaderId(),
                t.department(), t.dueDate(), t.assignedAt(), true, event.evidenceId()));
    }

    @EventSourcingHandler
    void on(TaskReopened event) {
        tasks.computeIfPresent(event.taskId(), (id, t) -> new Task(t.assessmentId(), t.indicatorCode(), t.leaderId(),
                t.department(), t.dueDate(), t.assignedAt(), false, null));
    }
}

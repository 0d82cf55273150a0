package org.evaltrack.command.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CallerScope;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.api.CommandAnswer;
import org.evaltrack.command.api.ExpectedVersion;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.TaskId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit's task ledger: the unit (or the office) splits indicators into tasks and hands them to leaders.
 * The ledger of an assessment is addressed by {@link org.evaltrack.kernel.ledger.LedgerId#forAssessment}.
 */
@RestController
@RequestMapping("/api/assessments/{assessmentId}/tasks")
@Tag(name = "任务台账 / Task ledger", description = "分解任务、调整责任人 / Assign and reassign ledger tasks")
public class TaskController {

    private final CommandSender sender;

    public TaskController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "分解任务到责任领导 / Assign a task to a responsible leader")
    public CommandAnswer assign(@PathVariable String assessmentId,
                                  @Valid @RequestBody AssignTaskRequest request,
                                  @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        TaskId taskId = TaskId.random();
        sender.send(request.toCommand(id, taskId), expectedVersion);
        return CommandAnswer.of(taskId.value(), "assessmentId", id.value(), "indicatorCode", request.indicatorCode(),
                "leaderId", request.leaderId(), "dueDate", request.dueDate());
    }

    @PostMapping("/{taskId}/reassignment")
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "调整任务责任人 / Reassign a task")
    public CommandAnswer reassign(@PathVariable String assessmentId,
                                        @PathVariable String taskId,
                                        @Valid @RequestBody ReassignTaskRequest request,
                                        @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        TaskId task = PathIds.task(taskId);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(request.toCommand(id, task), expectedVersion);
        return CommandAnswer.of(task.value(), "assessmentId", id.value(), "leaderId", request.leaderId(),
                "department", request.department());
    }

}

package org.evaltrack.command.api;

import java.util.Arrays;
import java.util.List;
import org.evaltrack.command.directory.AssessmentRegistry;
import org.evaltrack.command.directory.TaskDirectory;
import org.evaltrack.command.directory.TaskRef;
import org.evaltrack.command.security.Actor;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.stereotype.Component;

/**
 * Who may act on which object, decided before a command is sent. Aggregates judge the rules of the
 * domain; whether this person may touch this assessment or task is judged here, from the lookups.
 */
@Component
public class AccessGuard {

    private final AssessmentRegistry assessments;
    private final TaskDirectory tasks;

    public AccessGuard(AssessmentRegistry assessments, TaskDirectory tasks) {
        this.assessments = assessments;
        this.tasks = tasks;
    }

    /** @throws DomainException ROLE_NOT_ALLOWED */
    public void requireRole(Actor actor, Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(actor::is)) {
            throw new DomainException(ErrorCode.ROLE_NOT_ALLOWED,
                    actor.role() + " may not do this; allowed: " + Arrays.toString(allowed),
                    List.of(String.valueOf(actor.role())));
        }
    }

    /**
     * A submitter works only on the assessment of their own unit, and so does a leader whose account is bound
     * to a unit (an unbound leader is judged by the tasks they lead alone). Reviewers and admins are not held
     * to a unit here.
     *
     * @throws DomainException ASSESSMENT_NOT_FOUND, OTHER_UNIT
     */
    public void requireOwnUnit(Actor actor, AssessmentId assessmentId) {
        boolean bound = actor.is(Role.SUBMITTER) || (actor.is(Role.LEADER) && actor.unitId() != null);
        if (!bound) {
            return;
        }
        UnitId unit = assessments.unitOf(assessmentId).orElseThrow(() -> new DomainException(
                ErrorCode.ASSESSMENT_NOT_FOUND, "no assessment " + assessmentId, List.of(assessmentId.value())));
        if (actor.unitId() == null || !actor.unitId().equals(unit)) {
            throw new DomainException(ErrorCode.OTHER_UNIT,
                    "assessment " + assessmentId + " belongs to another unit", List.of(assessmentId.value()));
        }
    }

    /**
     * A reviewer bound to a unit does not review that unit's assessment. An unknown assessment passes here:
     * the aggregate answers that one.
     *
     * @throws DomainException OWN_UNIT_REVIEW
     */
    public void requireNotOwnUnitReview(Actor actor, AssessmentId assessmentId) {
        if (!actor.is(Role.REVIEWER) || actor.unitId() == null) {
            return;
        }
        if (assessments.unitOf(assessmentId).filter(actor.unitId()::equals).isPresent()) {
            throw new DomainException(ErrorCode.OWN_UNIT_REVIEW,
                    "a reviewer may not review their own unit's assessment " + assessmentId,
                    List.of(assessmentId.value()));
        }
    }

    /**
     * The task, which must belong to the assessment named in the URL.
     *
     * @throws DomainException TASK_NOT_FOUND
     */
    public TaskRef requireTaskOf(AssessmentId assessmentId, TaskId taskId) {
        return tasks.find(taskId)
                .filter(task -> task.assessmentId().equals(assessmentId))
                .orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND,
                        "no task " + taskId + " in assessment " + assessmentId, List.of(taskId.value())));
    }

    /**
     * A leader acts only on tasks they lead now; a reassigned task is no longer theirs.
     *
     * @throws DomainException NOT_YOUR_TASK
     */
    public void requireLeads(Actor actor, TaskRef task) {
        if (!actor.userId().equals(task.leaderId())) {
            throw new DomainException(ErrorCode.NOT_YOUR_TASK,
                    "task " + task.taskId() + " is led by someone else", List.of(task.taskId().value()));
        }
    }
}

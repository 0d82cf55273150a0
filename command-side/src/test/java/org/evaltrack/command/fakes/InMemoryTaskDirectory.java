package org.evaltrack.command.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.evaltrack.command.directory.TaskDirectory;
import org.evaltrack.command.directory.TaskRef;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskId;

public class InMemoryTaskDirectory implements TaskDirectory {

    private final Map<TaskId, TaskRef> tasks = new HashMap<>();

    public InMemoryTaskDirectory add(TaskId taskId, AssessmentId assessmentId, UserId leaderId) {
        tasks.put(taskId, new TaskRef(taskId, LedgerId.forAssessment(assessmentId), assessmentId, leaderId, false));
        return this;
    }

    @Override
    public Optional<TaskRef> find(TaskId taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }
}

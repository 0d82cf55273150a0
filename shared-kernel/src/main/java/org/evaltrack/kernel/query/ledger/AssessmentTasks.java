package org.evaltrack.kernel.query.ledger;

import java.util.List;

/**
 * Answer to {@link ListAssessmentTasks}. An assessment's tasks, open ones first, then by due date and assignment.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record AssessmentTasks(List<AssignedTask> tasks) {
    public AssessmentTasks {
        tasks = List.copyOf(tasks);
    }
}

package org.evaltrack.kernel.assessment;

import java.util.Set;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.ledger.TaskId;

/** A reviewer rejected evidence; the tasks it closed reopen. */
@Revision("1")
public record EvidenceRejected(
        AssessmentId assessmentId,
        EvidenceId evidenceId,
        Set<String> indicatorCodes,
        Set<TaskId> taskIds,
        String reason) {
    public EvidenceRejected {
        indicatorCodes = indicatorCodes == null ? Set.of() : Set.copyOf(indicatorCodes);
        taskIds = taskIds == null ? Set.of() : Set.copyOf(taskIds);
    }
}

package org.evaltrack.kernel.assessment;

import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.unit.UnitId;

/** Evidence was received; {@code late} is judged from the receipt time against the evidence deadline. */
@Revision("1")
public record EvidenceAttached(
        AssessmentId assessmentId,
        UnitId unitId,
        EvidenceId evidenceId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        Set<String> indicatorCodes,
        Set<TaskId> taskIds,
        Instant receivedAt,
        Instant capturedAt,
        Instant evidenceDue,
        boolean late) {
    public EvidenceAttached {
        indicatorCodes = indicatorCodes == null ? Set.of() : Set.copyOf(indicatorCodes);
        taskIds = taskIds == null ? Set.of() : Set.copyOf(taskIds);
    }
}

package org.evaltrack.kernel.assessment;

import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.ledger.TaskId;

/** Attach evidence (佐证材料) whose bytes are already stored by SHA-256; it may serve several indicators and tasks. */
public record AttachEvidence(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        EvidenceId evidenceId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        Set<String> indicatorCodes,
        Set<TaskId> taskIds,
        Instant capturedAt) {
    public AttachEvidence {
        indicatorCodes = indicatorCodes == null ? Set.of() : Set.copyOf(indicatorCodes);
        taskIds = taskIds == null ? Set.of() : Set.copyOf(taskIds);
    }
}

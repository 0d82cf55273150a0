package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.evaltrack.kernel.limit.DateNotAcceptedException;
import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.ledger.TaskId;

/**
 * Attach evidence (佐证材料) whose bytes are already stored by SHA-256; it may serve several indicators and tasks.
 * {@code clientSha256} is the hash the client computed itself (e.g. when it captured the file offline), or null;
 * when given it must equal {@code sha256}, the hash of the bytes the server received.
 */
public record AttachEvidence(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        EvidenceId evidenceId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        Set<String> indicatorCodes,
        Set<TaskId> taskIds,
        Instant capturedAt,
        String clientSha256) {
    public AttachEvidence {
        TextRule.require(fileName, TextLimit.FILE_NAME, "fileName");
        DateNotAcceptedException.require(capturedAt, "capturedAt");
        if (indicatorCodes != null) {
            indicatorCodes.forEach(code -> TextRule.require(code, TextLimit.CODE, "indicatorCode"));
        }
        indicatorCodes = indicatorCodes == null ? Set.of() : Set.copyOf(indicatorCodes);
        taskIds = taskIds == null ? Set.of() : Set.copyOf(taskIds);
    }

    /** Evidence whose sender computed no hash of its own (the demo import, older clients). */
    public AttachEvidence(AssessmentId assessmentId, EvidenceId evidenceId, String fileName, String mediaType,
                          long sizeBytes, String sha256, Set<String> indicatorCodes, Set<TaskId> taskIds,
                          Instant capturedAt) {
        this(assessmentId, evidenceId, fileName, mediaType, sizeBytes, sha256, indicatorCodes, taskIds, capturedAt, null);
    }
}

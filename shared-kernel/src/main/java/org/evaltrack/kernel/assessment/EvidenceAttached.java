package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * Evidence was received; {@code late} is judged from the receipt time against the evidence deadline.
 * {@code clientHashVerified}: the client sent a SHA-256 of its own and it matched the received bytes
 * (revision 2; revision-1 events are read as false by {@link EvidenceAttachedUpcaster}).
 */
@Revision(EvidenceAttached.REVISION)
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
        boolean late,
        boolean clientHashVerified,
        AfterTheFact afterTheFact) implements MayBeAfterTheFact {

    public static final String REVISION = "2";

    // the extra constructor below must never be taken for Jackson's
    @JsonCreator
    public EvidenceAttached {
        indicatorCodes = indicatorCodes == null ? Set.of() : Set.copyOf(indicatorCodes);
        taskIds = taskIds == null ? Set.of() : Set.copyOf(taskIds);
    }

    /** Entered live, not after the fact. */
    public EvidenceAttached(AssessmentId assessmentId,
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
            boolean late,
            boolean clientHashVerified) {
        this(assessmentId, unitId, evidenceId, fileName, mediaType, sizeBytes, sha256, indicatorCodes, taskIds, receivedAt, capturedAt, evidenceDue, late, clientHashVerified, null);
    }

    /** Evidence whose client sent no hash of its own. */
    public EvidenceAttached(AssessmentId assessmentId, UnitId unitId, EvidenceId evidenceId, String fileName,
                            String mediaType, long sizeBytes, String sha256, Set<String> indicatorCodes,
                            Set<TaskId> taskIds, Instant receivedAt, Instant capturedAt, Instant evidenceDue,
                            boolean late) {
        this(assessmentId, unitId, evidenceId, fileName, mediaType, sizeBytes, sha256, indicatorCodes, taskIds,
                receivedAt, capturedAt, evidenceDue, late, false);
    }
}

package org.evaltrack.kernel.query.evidence;

import java.time.Instant;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * One piece of evidence as received: the file's name, type, size and SHA-256, whose unit it is, when it
 * was captured and received, whether the client's own hash was verified, and whether it still counts.
 */
public record EvidenceFileView(
        AssessmentId assessmentId,
        EvidenceId evidenceId,
        UnitId unitId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        Instant receivedAt,
        Instant capturedAt,
        boolean clientHashVerified,
        EvidenceState state) {
}

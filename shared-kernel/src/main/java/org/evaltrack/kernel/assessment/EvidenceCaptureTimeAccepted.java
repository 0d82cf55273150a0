package org.evaltrack.kernel.assessment;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The capture time of evidence was accepted; {@code late} is judged anew from it. */
@Revision("1")
public record EvidenceCaptureTimeAccepted(
        AssessmentId assessmentId,
        EvidenceId evidenceId,
        Instant capturedAt,
        Instant evidenceDue,
        boolean late,
        String reason) {
}

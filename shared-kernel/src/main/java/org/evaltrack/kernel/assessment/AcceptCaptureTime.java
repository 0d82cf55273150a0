package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer accepts the client's capture time as the time that counts for lateness. */
public record AcceptCaptureTime(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        EvidenceId evidenceId,
        String reason) {
}

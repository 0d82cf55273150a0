package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer rejects a piece of evidence. */
public record RejectEvidence(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        EvidenceId evidenceId,
        String reason) {
}

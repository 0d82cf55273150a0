package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw evidence the unit attached. */
public record WithdrawEvidence(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        EvidenceId evidenceId,
        String reason) {
}

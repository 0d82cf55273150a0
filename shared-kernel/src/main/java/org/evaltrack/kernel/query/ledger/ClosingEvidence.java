package org.evaltrack.kernel.query.ledger;

import java.time.Instant;

import org.evaltrack.kernel.assessment.EvidenceId;

/** The evidence whose arrival closed a task out (提供一个、销号一个). */
public record ClosingEvidence(
        EvidenceId evidenceId,
        String fileName,
        Instant receivedAt) {
}

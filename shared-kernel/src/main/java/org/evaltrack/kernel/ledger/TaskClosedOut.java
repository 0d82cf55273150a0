package org.evaltrack.kernel.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;

/** A task was closed out (销号) by the evidence that arrived for it. */
@Revision("1")
public record TaskClosedOut(
        LedgerId ledgerId,
        TaskId taskId,
        AssessmentId assessmentId,
        EvidenceId evidenceId,
        UserId leaderId,
        String indicatorCode,
        LocalDate dueDate,
        Instant assignedAt,
        Instant closedAt,
        boolean overdue) {
}

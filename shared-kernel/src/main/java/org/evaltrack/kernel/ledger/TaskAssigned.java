package org.evaltrack.kernel.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;

/** A task was split out of an indicator and assigned to a leader. */
@Revision("1")
public record TaskAssigned(
        LedgerId ledgerId,
        TaskId taskId,
        AssessmentId assessmentId,
        String indicatorCode,
        String title,
        String requiredItem,
        UserId leaderId,
        String department,
        LocalDate dueDate,
        Instant assignedAt) {
}

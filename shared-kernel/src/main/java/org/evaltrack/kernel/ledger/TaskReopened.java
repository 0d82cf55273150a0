package org.evaltrack.kernel.ledger;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;

/** A closed task reopened because its evidence was withdrawn or rejected. */
@Revision("1")
public record TaskReopened(
        LedgerId ledgerId,
        TaskId taskId,
        AssessmentId assessmentId,
        EvidenceId evidenceId,
        UserId leaderId,
        String reason) {
}

package org.evaltrack.kernel.query.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * One task of a ledger as it stands at the view's reference instant.
 *
 * @param trafficLight    judged against the reference instant; null for a closed task
 * @param daysLeft        days from the reference date (Beijing time) to the due date; negative when overdue; null when closed
 * @param closedLate      the task was closed out after its due date; null while open
 * @param timeToCloseOut  from assignment to close-out; null while open
 * @param closedBy        the evidence that closed it; null while open
 */
public record LedgerTaskView(
        AssessmentId assessmentId,
        UnitId unitId,
        String unitName,
        TaskId taskId,
        String indicatorCode,
        String title,
        String requiredItem,
        UserId leaderId,
        String leaderName,
        String department,
        LocalDate dueDate,
        Instant assignedAt,
        boolean closed,
        TrafficLight trafficLight,
        Integer daysLeft,
        Instant closedAt,
        Boolean closedLate,
        Duration timeToCloseOut,
        ClosingEvidence closedBy) {
}

package org.evaltrack.kernel.query.ledger;

import java.time.Instant;
import java.util.List;

import org.evaltrack.kernel.unit.UnitId;

/**
 * A task ledger (工作任务分解台账) of a leader, department, unit or assessment: open tasks first
 * (red, yellow, green; earliest due date first), then closed ones (latest close-out first).
 *
 * @param displayName the leader's display name, the department, or the unit's name
 * @param unitId      the unit of a unit or assessment ledger; null otherwise
 * @param reference   the instant the view describes and its traffic lights are judged against
 * @param asOf        true when the caller asked for a past instant
 */
public record TaskLedgerView(
        LedgerScope scope,
        String key,
        String displayName,
        UnitId unitId,
        Instant reference,
        boolean asOf,
        LedgerCounts counts,
        List<LedgerTaskView> tasks) {
    public TaskLedgerView {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}

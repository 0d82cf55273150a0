package org.evaltrack.kernel.query.ledger;

import java.time.Instant;
import java.util.Objects;

import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * The task ledger of a leader, department, unit or assessment; answered with an optional
 * {@link TaskLedgerView} (empty only for an unknown assessment or unit).
 *
 * @param onlyUnit narrows the tasks to one unit (null: all units), so a caller bound to a unit never
 *                 receives another unit's rows
 * @param asOf     answer as the ledger stood at this instant, traffic lights judged then (null: now)
 */
public record FindTaskLedger(LedgerScope scope, String key, UnitId onlyUnit, Instant asOf) {

    public FindTaskLedger {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
    }

    public static FindTaskLedger ofLeader(UserId leaderId) {
        return new FindTaskLedger(LedgerScope.LEADER, leaderId.value(), null, null);
    }

    public static FindTaskLedger ofDepartment(String department) {
        return new FindTaskLedger(LedgerScope.DEPARTMENT, department, null, null);
    }

    public static FindTaskLedger ofUnit(UnitId unitId) {
        return new FindTaskLedger(LedgerScope.UNIT, unitId.value(), null, null);
    }

    public static FindTaskLedger ofAssessment(AssessmentId assessmentId) {
        return new FindTaskLedger(LedgerScope.ASSESSMENT, assessmentId.value(), null, null);
    }

    public FindTaskLedger onlyUnit(UnitId unit) {
        return new FindTaskLedger(scope, key, unit, asOf);
    }

    public FindTaskLedger asOf(Instant instant) {
        return new FindTaskLedger(scope, key, onlyUnit, instant);
    }
}

package org.evaltrack.kernel.query.ledger;

import org.evaltrack.kernel.unit.UnitId;

/** A unit whose ledger a page offers to open. */
public record LedgerUnitChoice(UnitId unitId, String name) {
}

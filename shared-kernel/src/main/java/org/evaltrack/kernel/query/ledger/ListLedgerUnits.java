package org.evaltrack.kernel.query.ledger;

/** The units that have a task ledger, by name; answered with {@link LedgerUnitChoices}. */
public record ListLedgerUnits() {
}

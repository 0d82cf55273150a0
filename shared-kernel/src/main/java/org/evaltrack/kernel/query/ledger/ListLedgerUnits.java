package org.evaltrack.kernel.query.ledger;

/** The units that have a task ledger, by name; answered with a list of {@link LedgerUnitChoice}. */
public record ListLedgerUnits() {
}

package org.evaltrack.kernel.query.ledger;

import java.util.List;

/**
 * Answer to {@link ListLedgerUnits}. The units that have a ledger, by name.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record LedgerUnitChoices(List<LedgerUnitChoice> units) {
    public LedgerUnitChoices {
        units = List.copyOf(units);
    }
}

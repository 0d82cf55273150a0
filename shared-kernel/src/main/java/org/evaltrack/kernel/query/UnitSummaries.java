package org.evaltrack.kernel.query;

import java.util.List;

/**
 * Answer to {@link ListUnits}. Every registered unit, by kind, then name.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record UnitSummaries(List<UnitSummary> units) {
    public UnitSummaries {
        units = List.copyOf(units);
    }
}

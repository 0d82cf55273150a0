package org.evaltrack.kernel.query;

/** Every registered unit, by kind, then name; answered with {@link UnitSummaries}. */
public record ListUnits() {
}

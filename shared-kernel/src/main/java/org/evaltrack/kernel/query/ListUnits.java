package org.evaltrack.kernel.query;

/** Every registered unit, by kind, then name; answered with a list of {@link UnitSummary}. */
public record ListUnits() {
}

package org.evaltrack.kernel.query;

/** An indicator's code and name. */
public record IndicatorName(String code, String name) {
}

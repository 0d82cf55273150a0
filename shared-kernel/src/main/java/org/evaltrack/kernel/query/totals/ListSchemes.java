package org.evaltrack.kernel.query.totals;

/** Every scheme the totals know, newest year first; answered with a list of {@link SchemeChoice}. */
public record ListSchemes() {
}

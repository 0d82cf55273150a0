package org.evaltrack.kernel.query.totals;

/** Every scheme the totals know, newest year first; answered with {@link SchemeChoices}. */
public record ListSchemes() {
}

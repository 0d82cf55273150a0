package org.evaltrack.kernel.query;

/**
 * A scheme as the set-up lists it: whether it is published, whether it has since been closed (a closed
 * scheme stays published) and how many indicators it has.
 */
public record SchemeSummary(String schemeId, int year, String title, boolean published, int indicators, boolean closed) {
}

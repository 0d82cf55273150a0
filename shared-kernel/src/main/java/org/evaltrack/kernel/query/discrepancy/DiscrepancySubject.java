package org.evaltrack.kernel.query.discrepancy;

/**
 * @param type what kind of thing
 * @param code its code or id: indicator or category code, bonus claim id, evidence id, figure name
 * @param name what a reader calls it: indicator name, bonus title, file name, figure name
 */
public record DiscrepancySubject(SubjectType type, String code, String name) {
}

package org.evaltrack.kernel.query;

/**
 * Every scheme, drafts too, newest year first and drafts before published ones of the same year;
 * answered with a list of {@link SchemeSummary}.
 */
public record ListSchemeSummaries() {
}

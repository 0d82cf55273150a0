package org.evaltrack.kernel.query;

/**
 * Every scheme, drafts too, newest year first and drafts before published ones of the same year;
 * answered with {@link SchemeSummaries}.
 */
public record ListSchemeSummaries() {
}

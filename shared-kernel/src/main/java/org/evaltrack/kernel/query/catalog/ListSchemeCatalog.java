package org.evaltrack.kernel.query.catalog;

/**
 * Every scheme, newest year first; answered with {@link SchemeCatalog}.
 *
 * @param includeDrafts drafts too (the office only); otherwise published and closed schemes
 */
public record ListSchemeCatalog(boolean includeDrafts) {
}

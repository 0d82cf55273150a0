package org.evaltrack.kernel.query.catalog;

/** Where a scheme stands: being drafted by the office, published for assessment, or closed. */
public enum SchemeState {
    DRAFT,
    PUBLISHED,
    CLOSED
}

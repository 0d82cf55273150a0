package org.evaltrack.kernel.query.admin;

/** Where every read model (processing group) stands on this node; answered with {@link ReadModelStates}. */
public record ListReadModelStates() {
}

package org.evaltrack.kernel.query;

import java.util.List;

/**
 * Answer to {@link ListSchemeSummaries}. Every scheme, newest year first, drafts before published ones.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record SchemeSummaries(List<SchemeSummary> schemes) {
    public SchemeSummaries {
        schemes = List.copyOf(schemes);
    }
}

package org.evaltrack.kernel.query.catalog;

import java.util.List;

/**
 * Answer to {@link ListSchemeCatalog}: id, year, title and state of each scheme.
 * A record rather than a bare list, so its element type survives serialization when queries travel.
 */
public record SchemeCatalog(List<Entry> schemes) {
    public SchemeCatalog {
        schemes = List.copyOf(schemes);
    }

    public record Entry(String schemeId, int year, String title, SchemeState state) {
    }
}

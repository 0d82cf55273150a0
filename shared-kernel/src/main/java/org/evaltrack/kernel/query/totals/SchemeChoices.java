package org.evaltrack.kernel.query.totals;

import java.util.List;

/**
 * Answer to {@link ListSchemes}. The schemes a page offers, newest year first.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record SchemeChoices(List<SchemeChoice> schemes) {
    public SchemeChoices {
        schemes = List.copyOf(schemes);
    }
}

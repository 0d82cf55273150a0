package org.evaltrack.kernel.query;

import java.util.List;

/**
 * Answer to {@link ListSchemeIndicators}. A scheme's indicators in the scheme's order (none for an unknown scheme).
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record SchemeIndicators(List<IndicatorName> indicators) {
    public SchemeIndicators {
        indicators = List.copyOf(indicators);
    }
}

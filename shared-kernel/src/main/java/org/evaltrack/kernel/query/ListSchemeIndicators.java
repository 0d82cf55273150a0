package org.evaltrack.kernel.query;

import java.util.Objects;

import org.evaltrack.kernel.scheme.SchemeId;

/** A scheme's indicators in the scheme's order; answered with {@link SchemeIndicators}. */
public record ListSchemeIndicators(SchemeId schemeId) {
    public ListSchemeIndicators {
        Objects.requireNonNull(schemeId, "schemeId");
    }
}

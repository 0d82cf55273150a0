package org.evaltrack.kernel.query.catalog;

import java.util.Objects;

import org.evaltrack.kernel.scheme.SchemeId;

/** The bonus levels a scheme's rules reward, in the order they were defined; answered with {@link SchemeBonusLevels}. */
public record ListSchemeBonusLevels(SchemeId schemeId) {
    public ListSchemeBonusLevels {
        Objects.requireNonNull(schemeId, "schemeId");
    }
}

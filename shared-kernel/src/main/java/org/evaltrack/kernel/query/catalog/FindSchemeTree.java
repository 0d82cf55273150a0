package org.evaltrack.kernel.query.catalog;

import java.util.Objects;

import org.evaltrack.kernel.scheme.SchemeId;

/**
 * One scheme with its indicator tree; answered with an optional {@link SchemeTree}.
 *
 * @param includeDrafts a draft is answered too (the office only); otherwise a draft is not found
 */
public record FindSchemeTree(SchemeId schemeId, boolean includeDrafts) {
    public FindSchemeTree {
        Objects.requireNonNull(schemeId, "schemeId");
    }
}

package org.evaltrack.kernel.query.totals;

import org.evaltrack.kernel.scheme.SchemeId;

/** A scheme a page offers to choose: its id and its title. */
public record SchemeChoice(SchemeId schemeId, String title) {
}

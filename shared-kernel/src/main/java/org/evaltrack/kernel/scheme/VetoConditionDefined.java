package org.evaltrack.kernel.scheme;

import org.axonframework.serialization.Revision;

/** A veto condition became part of a drafted scheme. */
@Revision("1")
public record VetoConditionDefined(
        SchemeId schemeId,
        String conditionCode,
        String name) {
}

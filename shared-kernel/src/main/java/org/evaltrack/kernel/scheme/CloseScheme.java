package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a published scheme: no new assessments or revisions. */
public record CloseScheme(
        @TargetAggregateIdentifier SchemeId schemeId,
        String reason) {
}

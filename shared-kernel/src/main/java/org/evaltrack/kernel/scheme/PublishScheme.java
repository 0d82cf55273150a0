package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a drafted scheme; refused while any category budget differs from the sum of its indicators' maxima. */
public record PublishScheme(
        @TargetAggregateIdentifier SchemeId schemeId) {
}

package org.evaltrack.kernel.scheme;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Name a veto condition (一票否决). */
public record DefineVetoCondition(
        @TargetAggregateIdentifier SchemeId schemeId,
        String conditionCode,
        String name) {
}

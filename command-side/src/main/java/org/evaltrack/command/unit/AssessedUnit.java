package org.evaltrack.command.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.evaltrack.command.domain.Checks.present;
import static org.evaltrack.command.domain.Checks.requireRole;
import static org.evaltrack.command.domain.Checks.text;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.unit.RegisterUnit;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitRegistered;

/** An assessed unit (被考核单位). Registered by the performance office; nothing else happens to it yet. */
@Aggregate(commandTargetResolver = "expectedVersionResolver")
class AssessedUnit {

    @AggregateIdentifier
    private UnitId unitId;

    AssessedUnit() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    AssessedUnit(RegisterUnit command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        text(command.name(), "name");
        present(command.kind(), "kind");
        apply(new UnitRegistered(command.unitId(), command.name(), command.kind()));
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
    }
}

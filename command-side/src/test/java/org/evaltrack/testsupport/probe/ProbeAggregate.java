package org.evaltrack.testsupport.probe;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** Test-only aggregate; its ordinal shows whether its state was rebuilt from stored events. */
@Aggregate
public class ProbeAggregate {

    @AggregateIdentifier
    private ProbeId probeId;
    private int recorded;

    protected ProbeAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordProbe command) {
        apply(new ProbeRecorded(command.probeId(), command.unitId(), command.score(), command.at(), command.day(),
                command.note(), recorded + 1));
    }

    @EventSourcingHandler
    void on(ProbeRecorded event) {
        probeId = event.probeId();
        recorded = event.ordinal();
    }
}

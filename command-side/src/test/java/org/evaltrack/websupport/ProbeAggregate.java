package org.evaltrack.websupport;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A stand-in aggregate wired the way the real ones are (expected-version resolver included). */
@Aggregate(commandTargetResolver = "expectedVersionResolver")
public class ProbeAggregate {

    public record CreateProbe(@TargetAggregateIdentifier String probeId) {
    }

    public record TouchProbe(@TargetAggregateIdentifier String probeId) {
    }

    /** Applies the given events as this aggregate's own, e.g. to drive the lookup handlers. */
    public record EmitEvents(@TargetAggregateIdentifier String probeId, List<Object> events) {
    }

    public record ProbeCreated(String probeId) {
    }

    public record ProbeTouched(String probeId) {
    }

    @AggregateIdentifier
    private String probeId;

    protected ProbeAggregate() {
    }

    @CommandHandler
    public ProbeAggregate(CreateProbe command) {
        apply(new ProbeCreated(command.probeId()));
    }

    @CommandHandler
    public void handle(TouchProbe command) {
        apply(new ProbeTouched(command.probeId()));
    }

    @CommandHandler
    public void handle(EmitEvents command) {
        command.events().forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(ProbeCreated event) {
        probeId = event.probeId();
    }
}

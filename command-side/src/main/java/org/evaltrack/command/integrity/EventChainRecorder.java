package org.evaltrack.command.integrity;

import org.evaltrack.command.web.AppendedPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds each appended event to its aggregate's hash chain. Runs in a subscribing processor, after
 * the event store has appended (and flushed) the unit of work's events and in the same transaction,
 * so it hashes the row exactly as stored, and an event never commits without its link. The same
 * read gives the event's global index, which the command's answer carries ({@link AppendedPosition}).
 */
@Component
@ProcessingGroup(EventChainRecorder.PROCESSING_GROUP)
public class EventChainRecorder {

    /** Runs subscribing, in the command's transaction: see evaltrack/command-processing.properties. */
    public static final String PROCESSING_GROUP = "event-chain";

    private final StoredEvents store;

    public EventChainRecorder(JdbcTemplate jdbc) {
        this.store = new StoredEvents(jdbc);
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        String aggregateId = event.getAggregateIdentifier();
        if (aggregateId == null) {
            return;
        }
        StoredEvents.Unlinked unlinked = store.unlinked(aggregateId, event.getSequenceNumber());
        var last = unlinked.after();
        if (last.isPresent() && last.get().sequenceNumber() >= event.getSequenceNumber()) {
            return;
        }
        // Normally exactly this event; events stored before the chain existed are linked on the
        // aggregate's next append, from the rows as they are then. The newest link is locked (by the
        // read itself on PostgreSQL): a relink (ChainRelinker) holds every link while it rewrites hashes,
        // and this waits for it and reads the hash it committed.
        String previous = last.isEmpty() || unlinked.rows().isEmpty() ? ChainHash.GENESIS
                : unlinked.afterLocked() ? last.get().hash() : store.lockedHash(aggregateId, last.get().sequenceNumber());
        long linked = -1;
        for (StoredEvents.Row row : unlinked.rows()) {
            String hash = ChainHash.of(ChainHash.CURRENT_RULE, row, previous);
            store.insert(aggregateId, row, hash, previous, ChainHash.CURRENT_RULE);
            previous = hash;
            linked = row.sequenceNumber();
        }
        if (linked != event.getSequenceNumber()) {
            // an event that cannot be linked must not commit unlinked: this rolls the command back
            throw new IllegalStateException("event " + event.getIdentifier() + " of " + aggregateId
                    + " is not in the event store of this transaction");
        }
        AppendedPosition.note(unlinked.globalIndex());
    }
}

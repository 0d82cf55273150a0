package org.evaltrack.query.ledger;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.ledger.TaskAssigned;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.kernel.ledger.TaskReassigned;
import org.evaltrack.kernel.ledger.TaskReopened;
import org.evaltrack.kernel.unit.UnitRegistered;

/**
 * Delivers kernel events to the ledger projection as the event store would: domain event messages of
 * their aggregate with its next sequence number, a timestamp and the actor's metadata, through Axon's
 * annotation adapter (so @Timestamp, @SequenceNumber and @MetaDataValue are resolved as in a processor).
 */
final class LedgerEvents {

    private final AnnotationEventHandlerAdapter adapter;
    private final EntityManager entityManager;
    private final Map<String, Long> sequences = new HashMap<>();
    private GenericDomainEventMessage<?> last;

    LedgerEvents(Object projection, EntityManager entityManager) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.entityManager = entityManager;
    }

    LedgerEvents at(Instant timestamp, Object payload) {
        return at(timestamp, payload, "user-office", "ADMIN");
    }

    LedgerEvents at(Instant timestamp, Object payload, String userId, String role) {
        String aggregate = aggregateOf(payload);
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        Map<String, Object> metaData = Map.of(ActorMetaData.USER_ID, userId, ActorMetaData.ROLE, role,
                ActorMetaData.CORRELATION_ID, UUID.randomUUID().toString());
        last = new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregate, sequence, payload,
                metaData, UUID.randomUUID().toString(), timestamp);
        deliver(last);
        return this;
    }

    /** The last message once more, as a processor does when a batch is retried. */
    void redeliverLast() {
        deliver(last);
    }

    /** Writes the batch and forgets it, as at the end of a processor's transaction. */
    void commitBatch() {
        entityManager.flush();
        entityManager.clear();
    }

    void reset() {
        adapter.prepareReset(null);
    }

    private void deliver(GenericDomainEventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on " + message.getPayload(), e);
        }
    }

    private static String aggregateOf(Object payload) {
        if (payload instanceof TaskAssigned e) {
            return e.ledgerId().value();
        } else if (payload instanceof TaskReassigned e) {
            return e.ledgerId().value();
        } else if (payload instanceof TaskClosedOut e) {
            return e.ledgerId().value();
        } else if (payload instanceof TaskReopened e) {
            return e.ledgerId().value();
        } else if (payload instanceof AssessmentOpened e) {
            return e.assessmentId().value();
        } else if (payload instanceof EvidenceAttached e) {
            return e.assessmentId().value();
        } else if (payload instanceof EvidenceWithdrawn e) {
            return e.assessmentId().value();
        } else if (payload instanceof UnitRegistered e) {
            return e.unitId().value();
        }
        throw new IllegalArgumentException("not a ledger test event: " + payload);
    }
}

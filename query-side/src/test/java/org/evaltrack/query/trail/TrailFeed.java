package org.evaltrack.query.trail;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.evaltrack.kernel.actor.ActorMetaData;

/**
 * Delivers real domain event messages to the projection through Axon's annotation adapter: each
 * with its own identifier, its aggregate's next sequence number, a timestamp and the actor's
 * metadata, as the event store would hand them to a processor.
 */
final class TrailFeed {

    /** Who sends the next events. */
    record Actor(String userId, String role, String unitId) {
    }

    private final AnnotationEventHandlerAdapter adapter;
    private final EntityManager entityManager;
    private final Map<String, Long> sequences = new HashMap<>();
    private Actor actor = new Actor("user-office", "ADMIN", null);
    private String correlationId = "corr-0";

    TrailFeed(Object projection, EntityManager entityManager) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.entityManager = entityManager;
    }

    TrailFeed as(Actor actor, String correlationId) {
        this.actor = actor;
        this.correlationId = correlationId;
        return this;
    }

    /** Delivers the payload as an event of aggregate {@code aggregateId} at {@code at}; returns its event id. */
    String at(Instant at, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(ActorMetaData.USER_ID, actor.userId());
        metaData.put(ActorMetaData.ROLE, actor.role());
        metaData.put(ActorMetaData.CORRELATION_ID, correlationId);
        if (actor.unitId() != null) {
            metaData.put(ActorMetaData.UNIT_ID, actor.unitId());
        }
        try {
            adapter.handle(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregateId, sequence,
                    payload, metaData, eventId, at));
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on " + payload, e);
        }
        return eventId;
    }

    /** Writes the batch and forgets it, as at the end of a processor's transaction. */
    void commitBatch() {
        entityManager.flush();
        entityManager.clear();
    }

    void reset() {
        adapter.prepareReset(null);
    }
}

package org.evaltrack.query.totals;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.evaltrack.kernel.actor.ActorMetaData;

/**
 * Delivers events to a projection as a processor would: domain event messages with an identifier,
 * a timestamp, the aggregate's sequence number and the actor metadata the command side attaches,
 * through Axon's annotation adapter (so parameter resolution and reset handlers are exercised).
 * Remembers each event's id under a name, for assertions about provenance.
 */
final class TotalsEventFeed {

    record Actor(String userId, String role, String unitId) {
    }

    private final AnnotationEventHandlerAdapter adapter;
    private final EntityManager entityManager;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, String> eventIds = new HashMap<>();
    private GenericDomainEventMessage<?> lastMessage;

    TotalsEventFeed(Object projection, EntityManager entityManager) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.entityManager = entityManager;
    }

    /** Delivers {@code payload} of aggregate {@code aggregateId} at {@code at}, done by {@code actor}. */
    String at(String at, String aggregateId, Actor actor, Object payload) {
        return at(null, at, aggregateId, actor, payload);
    }

    /** As {@link #at(String, String, Actor, Object)}, remembering the event id under {@code name}. */
    String at(String name, String at, String aggregateId, Actor actor, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(ActorMetaData.USER_ID, actor.userId());
        metaData.put(ActorMetaData.ROLE, actor.role());
        if (actor.unitId() != null) {
            metaData.put(ActorMetaData.UNIT_ID, actor.unitId());
        }
        metaData.put(ActorMetaData.CORRELATION_ID, "corr-" + eventId.substring(0, 8));
        try {
            lastMessage = new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregateId, sequence,
                    payload, metaData, eventId, Instant.parse(at));
            adapter.handle(lastMessage);
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on " + payload, e);
        }
        if (name != null) {
            eventIds.put(name, eventId);
        }
        return eventId;
    }

    /** Delivers the last event once more, unchanged, as a retried delivery would. */
    void redeliverLast() {
        try {
            adapter.handle(lastMessage);
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on redelivery of " + lastMessage.getPayload(), e);
        }
    }

    String id(String name) {
        String id = eventIds.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no event named " + name);
        }
        return id;
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

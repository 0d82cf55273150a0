package org.evaltrack.query.scorecard;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;

/**
 * Delivers real event messages to a projection through Axon's annotation adapter, so handler
 * annotations, parameter resolution (@Timestamp) and reset handlers are exercised as in a processor.
 */
final class EventFeed {

    private final AnnotationEventHandlerAdapter adapter;
    private final EntityManager entityManager;
    private Instant clock = Instant.parse("2020-01-05T02:00:00Z");

    EventFeed(Object projection, EntityManager entityManager) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.entityManager = entityManager;
    }

    /** Each event one minute after the previous one. */
    EventFeed feed(Object... payloads) {
        for (Object payload : payloads) {
            clock = clock.plusSeconds(60);
            at(clock, payload);
        }
        return this;
    }

    EventFeed at(Instant timestamp, Object payload) {
        try {
            adapter.handle(new GenericEventMessage<>(new GenericMessage<>(payload), () -> timestamp));
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on " + payload, e);
        }
        return this;
    }

    Instant lastTimestamp() {
        return clock;
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

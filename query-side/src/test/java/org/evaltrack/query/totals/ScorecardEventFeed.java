package org.evaltrack.query.totals;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;

/**
 * Delivers plain event messages (no aggregate, each one minute after the previous one) to a projection
 * through Axon's annotation adapter, so handler annotations, parameter resolution and reset handlers are
 * exercised as in a processor.
 */
final class ScorecardEventFeed {

    private final AnnotationEventHandlerAdapter adapter;
    private final EntityManager entityManager;
    private Instant clock = Instant.parse("2020-01-05T02:00:00Z");
    private EventMessage<?> last;

    ScorecardEventFeed(Object projection, EntityManager entityManager) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.entityManager = entityManager;
    }

    /** Each event one minute after the previous one. */
    ScorecardEventFeed feed(Object... payloads) {
        for (Object payload : payloads) {
            clock = clock.plusSeconds(60);
            at(clock, payload);
        }
        return this;
    }

    ScorecardEventFeed at(Instant timestamp, Object payload) {
        return deliver(new GenericEventMessage<>(new GenericMessage<>(payload), () -> timestamp));
    }

    /** The last event once more, unchanged, as a retried delivery would bring it. */
    ScorecardEventFeed again() {
        return deliver(last);
    }

    private ScorecardEventFeed deliver(EventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on " + message.getPayload(), e);
        }
        last = message;
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

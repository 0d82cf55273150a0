package org.evaltrack.query.discrepancy;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.evaltrack.kernel.actor.ActorMetaData;

/**
 * Delivers real event messages, with the metadata every message carries and a timestamp, to the
 * projection through Axon's annotation adapter, so parameter resolution (@Timestamp,
 * @MessageIdentifier) and the reset handler run as in a processor. Returns each event's identifier.
 */
final class DiscrepancyFeed {

    private final AnnotationEventHandlerAdapter adapter;
    private final EntityManager entityManager;
    private Instant clock = Instant.parse("2020-01-05T02:00:00Z");

    DiscrepancyFeed(Object projection, EntityManager entityManager) {
        this.adapter = new AnnotationEventHandlerAdapter(projection);
        this.entityManager = entityManager;
    }

    /** One minute after the previous event; returns the last event's identifier. */
    String feed(Object... payloads) {
        String id = null;
        for (Object payload : payloads) {
            clock = clock.plusSeconds(60);
            id = at(clock, payload);
        }
        return id;
    }

    String at(Instant timestamp, Object payload) {
        MetaData metaData = MetaData.from(Map.of(
                ActorMetaData.USER_ID, "user-test",
                ActorMetaData.ROLE, "SUBMITTER",
                ActorMetaData.CORRELATION_ID, "corr-" + timestamp.toEpochMilli()));
        GenericEventMessage<Object> message = new GenericEventMessage<>(new GenericMessage<>(payload, metaData), () -> timestamp);
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on " + payload, e);
        }
        if (timestamp.isAfter(clock)) {
            clock = timestamp;
        }
        return message.getIdentifier();
    }

    Instant now() {
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

package org.evaltrack.query.trail;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.evaltrack.kernel.actor.ActorMetaData;

/** Who, when and which event: what every trail row takes from the message around the payload. */
record EventFacts(String eventId, Instant occurredAt, long sequenceNo, String userId, String role, String correlationId) {

    static EventFacts of(EventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        return new EventFacts(message.getIdentifier(), message.getTimestamp(), sequence,
                text(message, ActorMetaData.USER_ID), text(message, ActorMetaData.ROLE),
                text(message, ActorMetaData.CORRELATION_ID));
    }

    private static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}

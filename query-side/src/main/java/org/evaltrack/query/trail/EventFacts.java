package org.evaltrack.query.trail;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.MayBeAfterTheFact;

/** Who, when and which event, and whether it was entered after the fact (补录): what every trail row takes from the message. */
record EventFacts(String eventId, Instant occurredAt, long sequenceNo, String userId, String role, String correlationId,
                  AfterTheFact afterTheFact) {

    static EventFacts of(EventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        return new EventFacts(message.getIdentifier(), message.getTimestamp(), sequence,
                text(message, ActorMetaData.USER_ID), text(message, ActorMetaData.ROLE),
                text(message, ActorMetaData.CORRELATION_ID),
                message.getPayload() instanceof MayBeAfterTheFact entry ? entry.afterTheFact() : null);
    }

    private static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}

package org.evaltrack.query.totals;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.MayBeAfterTheFact;

/** Who did it, when, in which request, and whether it was entered after the fact (补录): what every history row records. */
record EventStamp(String eventId, Instant occurredAt, long sequence, String actorId, String actorRole, String correlationId,
                  AfterTheFact afterTheFact) {

    /** The aggregate sequence breaks ties between events of one assessment with the same timestamp. */
    static EventStamp of(EventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        return new EventStamp(message.getIdentifier(), message.getTimestamp(), sequence,
                text(message, ActorMetaData.USER_ID), text(message, ActorMetaData.ROLE), text(message, ActorMetaData.CORRELATION_ID),
                message.getPayload() instanceof MayBeAfterTheFact entry ? entry.afterTheFact() : null);
    }

    private static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}

package org.evaltrack.query.config;

import java.lang.reflect.RecordComponent;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * What a dead letter is about, as an office needs it to find the case: the aggregate, and the unit,
 * scheme and assessment its event names (events that name none of them leave those null), and the
 * failure in one short line, without a stack trace or the SQL that failed.
 */
public record DeadLetterSubject(String eventType, String aggregateId, String unitId, String schemeId,
                                String assessmentId) {

    private static final int MAX_ERROR = 200;

    public static DeadLetterSubject of(EventMessage<?> event) {
        Object payload = event.getPayload();
        return new DeadLetterSubject(event.getPayloadType().getSimpleName(),
                event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null,
                component(payload, "unitId"), component(payload, "schemeId"), component(payload, "assessmentId"));
    }

    /** "unit u, scheme s", naming only what the event names; empty if it names neither. */
    public String belongsTo() {
        StringBuilder parts = new StringBuilder();
        if (unitId != null) {
            parts.append("unit ").append(unitId);
        }
        if (schemeId != null) {
            parts.append(parts.isEmpty() ? "" : ", ").append("scheme ").append(schemeId);
        }
        return parts.toString();
    }

    /** The exception's simple name and the first line of its message, at most {@value #MAX_ERROR} characters. */
    public static String shortError(String causeType, String causeMessage) {
        String type = causeType == null ? "" : causeType.substring(causeType.lastIndexOf('.') + 1);
        String message = causeMessage == null ? "" : causeMessage.strip().lines().findFirst().orElse("");
        String error = message.isEmpty() ? type : type + ": " + message;
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    /** Kernel ids are records of one value whose toString() is that value. */
    private static String component(Object payload, String name) {
        if (payload == null || !payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    Object value = component.getAccessor().invoke(payload);
                    return value == null ? null : value.toString();
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }
}

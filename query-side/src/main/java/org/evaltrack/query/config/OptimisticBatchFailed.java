package org.evaltrack.query.config;

import org.axonframework.eventhandling.EventMessage;

/**
 * A projection handler failed while its batch ran without per-event savepoints (the fast path of
 * {@code HandlerSavepoints}). Nothing can be dead-lettered then: the failing handler's partial writes,
 * and those of the events before it, cannot be told apart. {@link RetryWhenTheDatabaseFails} throws
 * it on, the processor rolls the whole batch back, keeps its token and retries the batch, this time
 * with a savepoint around each of the events that ran here, so the one at fault is dead-lettered alone.
 */
public final class OptimisticBatchFailed extends RuntimeException {

    public OptimisticBatchFailed(EventMessage<?> event, Throwable cause) {
        super("Event " + event.getIdentifier() + " (" + event.getPayloadType().getSimpleName() + ") failed in a batch handled"
                + " without savepoints; the batch is rolled back and retried with a savepoint per event", cause);
    }
}

package org.evaltrack.query.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.evaltrack.websupport.database.DatabaseFailures;

/**
 * Dead-letters only what the event itself causes. When the database failed instead (unreachable,
 * restarting, a deadlock, a lock or serialization conflict) the event is not at fault and would
 * succeed a moment later: dead-lettering it would leave a healthy unit's read model behind until
 * someone retried by hand. So the failure is thrown back to the processor, which rolls the batch
 * back, keeps its token and tries again after its back-off, exactly as if no handler had run.
 * <p>
 * Axon's dead-lettering invoker asks this policy from inside its catch block; a policy that throws
 * is how a failure passes that block (a "do not enqueue" decision would instead skip the event).
 * <p>
 * Also thrown on: {@link OptimisticBatchFailed}, a failure in a batch that ran without per-event
 * savepoints, whose writes must all be rolled back before anything can be dead-lettered.
 */
final class RetryWhenTheDatabaseFails implements EnqueuePolicy<EventMessage<?>> {

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (cause instanceof OptimisticBatchFailed batchFailed) {
            throw batchFailed;
        }
        if (DatabaseFailures.isTransient(cause)) {
            throw new DatabaseFailedWhileProjecting(letter.message(), cause);
        }
        return Decisions.enqueue(cause);
    }

    /** The processor logs it and retries the batch; nothing is dead-lettered. */
    static final class DatabaseFailedWhileProjecting extends RuntimeException {

        DatabaseFailedWhileProjecting(EventMessage<?> event, Throwable cause) {
            super("The database failed while event " + event.getIdentifier() + " (" + event.getPayloadType().getSimpleName()
                    + ") was projected; the batch is retried, not dead-lettered", cause);
        }
    }
}

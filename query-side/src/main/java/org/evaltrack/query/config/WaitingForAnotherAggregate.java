package org.evaltrack.query.config;

/**
 * A projection handler needs rows another aggregate's events write (an assessment needs its
 * scheme and unit), and that aggregate's sequence, handled by another segment, has not got there
 * yet. The event is not at fault: {@link RetryWhenTheDatabaseFails} throws this back to the
 * processor, which rolls the batch back and retries it after its back-off, by when the other
 * segment has caught up. A handler throws it only while the other aggregate is not dead-lettered;
 * otherwise it fails for good, so the wait shows as a dead letter instead of a silent stall.
 */
public final class WaitingForAnotherAggregate extends RuntimeException {

    public WaitingForAnotherAggregate(String waiting, String awaited) {
        super(waiting + " waits until " + awaited + " is projected; the batch is retried");
    }
}

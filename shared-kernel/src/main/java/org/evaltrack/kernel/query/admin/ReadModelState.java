package org.evaltrack.kernel.query.admin;

import java.time.Instant;

/**
 * One read model against the event store: its position and the store's newest, whether it runs, is in error
 * or rebuilding, its dead letters (the oldest one described) and a running rebuild's progress.
 *
 * @param headPosition    the newest event's position; null for an empty store
 * @param position        the position of the segment furthest behind; null before it handled anything
 * @param oldestLetter    null without dead letters
 * @param rebuild         null when not rebuilding
 */
public record ReadModelState(String group, boolean running, boolean error, boolean caughtUp, boolean replaying,
                             Long headPosition, Long position, long deadLetters, long deadLetterSequences,
                             DeadLetter oldestLetter, Rebuild rebuild) {

    /** Events the read model has still to take in (all of them before it handled any). */
    public long lag() {
        if (headPosition == null) {
            return 0L;
        }
        return position == null ? headPosition + 1 : Math.max(0, headPosition - position);
    }

    /** The oldest dead letter: which event of which aggregate, and why it failed (one line). */
    public record DeadLetter(String eventType, String aggregateId, String unitId, String schemeId, String error,
                             Instant enqueuedAt) {
    }

    /**
     * @param eventsPerSecond null until this node has watched the rebuild for a while
     * @param secondsLeft     likewise
     * @param stalledBy       why the rebuild does not go on, one line; null while it does
     * @param setAside        events the new tables refused; they become dead letters at the switch
     */
    public record Rebuild(long done, long total, Instant startedAt, Long eventsPerSecond, Long secondsLeft, String stalledBy,
                          long setAside) {
    }
}

package org.evaltrack.query.web.position;

import java.time.Duration;

import org.evaltrack.query.position.ReadSidePosition;
import org.evaltrack.query.web.unit.CatchUpWaits;
import org.springframework.stereotype.Component;

/**
 * Waits, bounded, for the read side to reach a position. A wait takes a place among the waiting reads
 * ({@link CatchUpWaits}: a few per user, a few in all), so waiting readers never hold more than a small share
 * of the request threads; a reader without a place is not kept waiting at all. Pauses grow from
 * {@link #FIRST_PAUSE} to {@link #MAX_PAUSE}: a read just behind is answered within milliseconds.
 */
@Component
public class ReadPositionWaits {

    /** What a 503 tells the client to wait before asking again. */
    static final long RETRY_AFTER_SECONDS = 1;
    static final Duration FIRST_PAUSE = Duration.ofMillis(5);
    static final Duration MAX_PAUSE = Duration.ofMillis(100);

    private final ReadSidePosition positions;
    private final CatchUpWaits places;

    ReadPositionWaits(ReadSidePosition positions, CatchUpWaits places) {
        this.positions = positions;
        this.places = places;
    }

    /** The reached position: at least {@code minimum} when reached within {@code bound}, else what it was last seen at. */
    public long until(String user, long minimum, Duration bound) {
        long reached = positions.fresh();
        if (reached >= minimum) {
            return reached;
        }
        CatchUpWaits.Place place = places.enter(user);
        if (place == null) {
            return reached;
        }
        try (place) {
            long deadline = System.nanoTime() + bound.toNanos();
            Duration pause = FIRST_PAUSE;
            while (reached < minimum && System.nanoTime() < deadline) {
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                pause(Math.min(pause.toMillis(), left));
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
                reached = positions.fresh();
            }
            return reached;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read side", e);
        }
    }
}

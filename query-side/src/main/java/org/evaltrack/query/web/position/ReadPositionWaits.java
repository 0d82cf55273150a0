package org.evaltrack.query.web.position;

import java.time.Duration;

import org.evaltrack.query.position.ReadSidePosition;
import org.evaltrack.query.web.unit.CatchUpWaits;
import org.springframework.stereotype.Component;

/**
 * Waits, bounded, for the read side to reach a position, in the one place reads wait ({@link CatchUpWaits}: a
 * few per user, a few in all), so waiting readers never hold more than a small share of the request threads; a
 * reader without a place is not kept waiting at all.
 */
@Component
public class ReadPositionWaits {

    /** What a 503 tells the client to wait before asking again. */
    static final long RETRY_AFTER_SECONDS = 1;

    private final ReadSidePosition positions;
    private final CatchUpWaits places;

    ReadPositionWaits(ReadSidePosition positions, CatchUpWaits places) {
        this.positions = positions;
        this.places = places;
    }

    /** The reached position: at least {@code minimum} when reached within {@code bound}, else what it was last seen at. */
    public long until(String user, long minimum, Duration bound) {
        return places.await(user, positions.fresh(), positions::fresh, reached -> reached >= minimum, bound,
                CatchUpWaits.Pace.CHEAP);
    }
}

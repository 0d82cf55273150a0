package org.evaltrack.query.position;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;

/**
 * The global event position the read models reflect: the lowest over every streaming processor and every
 * segment of what it has handled without a gap at or below it. A read spans at most all processors, so this
 * one figure is a safe position for any read. Read from the shared token store, so it counts every node's
 * segments; kept for {@link #FRESH_MILLIS} so a burst of reads asks the database once.
 */
@Component
public class ReadSidePosition {

    /** How old a figure a read's header may carry; waits always ask afresh. */
    static final long FRESH_MILLIS = 20;

    private final EntityManagerProvider entityManagerProvider;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final Clock clock;
    private volatile Known known = new Known(-1, Long.MIN_VALUE);

    public ReadSidePosition(EntityManagerProvider entityManagerProvider, EventProcessingConfiguration processing,
                     EventStore eventStore, Serializer serializer, Clock clock) {
        this.entityManagerProvider = entityManagerProvider;
        this.processing = processing;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.clock = clock;
    }

    private record Known(long position, long readAtMillis) {
    }

    /** The reached position, at most {@link #FRESH_MILLIS} old; -1 when a processor has handled nothing yet. */
    public long current() {
        Known last = known;
        if (clock.millis() - last.readAtMillis() <= FRESH_MILLIS) {
            return last.position();
        }
        return fresh();
    }

    /** The reached position as the token store says now. */
    public long fresh() {
        long readAt = clock.millis();
        long position = read();
        known = new Known(position, readAt);
        return position;
    }

    /** The newest event's global index; empty for an empty store. */
    public OptionalLong head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? OptionalLong.empty() : head.position();
    }

    private long read() {
        List<String> names = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(p -> p.getName()).toList();
        if (names.isEmpty()) {
            return -1;
        }
        List<TokenEntry> segments = entityManagerProvider.getEntityManager()
                .createQuery("SELECT t FROM TokenEntry t WHERE t.processorName IN :names", TokenEntry.class)
                .setParameter("names", names)
                .getResultList();
        if (segments.stream().map(TokenEntry::getProcessorName).distinct().count() < names.size()) {
            return -1; // a processor that has not yet stored a token has reached nothing we can name
        }
        long lowest = Long.MAX_VALUE;
        for (TokenEntry segment : segments) {
            lowest = Math.min(lowest, reached(live(segment)));
        }
        return lowest;
    }

    /**
     * A segment this node processes is read from the processor itself: the stored token of a processor that
     * handles none of the newest events is only written when its claim is extended, seconds later.
     */
    private TrackingToken live(TokenEntry segment) {
        var processor = processing.eventProcessors().get(segment.getProcessorName());
        if (processor instanceof StreamingEventProcessor streaming) {
            var status = streaming.processingStatus().get(segment.getSegment());
            if (status != null && status.getTrackingToken() != null && !status.isErrorState()) {
                return status.getTrackingToken();
            }
        }
        return segment.getToken(serializer);
    }

    /** Everything at or below the answer is handled: a gap (an index not yet seen) holds the position below it. */
    public static long reached(TrackingToken token) {
        TrackingToken lower = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (lower == null) {
            return -1;
        }
        if (lower instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getGaps().isEmpty() ? gapAware.getIndex() : gapAware.getGaps().first() - 1;
        }
        return lower.position().orElse(-1);
    }
}

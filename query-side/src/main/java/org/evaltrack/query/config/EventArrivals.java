package org.evaltrack.query.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Wakes the read models' processors as soon as the event store has new events. Axon's pooled processor
 * asks its stream for a callback; the embedded store offers none, so a caught-up processor looked again
 * only every 500 ms, and a user's own change took half a second on average to reach the pages. One
 * thread here follows the store's head and runs the processors' callbacks whenever events arrive.
 */
@Component
public class EventArrivals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);
    private static final long COALESCE_MILLIS = 20;

    private final EventStore store;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread watcher;

    public EventArrivals(EventStore store) {
        this.store = store;
    }

    /** The store as a processor's source whose streams take an availability callback. */
    public StreamableMessageSource<TrackedEventMessage<?>> source() {
        return new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
                return new NotifyingStream(store.openStream(token));
            }

            @Override
            public TrackingToken createTailToken() {
                return store.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return store.createHeadToken();
            }

            @Override
            public TrackingToken createTokenAt(Instant dateTime) {
                return store.createTokenAt(dateTime);
            }

            @Override
            public TrackingToken createTokenSince(Duration duration) {
                return store.createTokenSince(duration);
            }
        };
    }

    /** Runs every registered callback; also what the watcher does when events arrive. */
    void arrived() {
        callbacks.forEach(Runnable::run);
    }

    private void watch() {
        while (running) {
            try (BlockingStream<TrackedEventMessage<?>> head = store.openStream(store.createHeadToken())) {
                while (running) {
                    if (head.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (head.hasNextAvailable()) {
                            head.nextAvailable();
                        }
                        arrived();
                        // events that arrive meanwhile wait for the next wake-up, so a busy store is handled
                        // in batches rather than a transaction per event
                        Thread.sleep(COALESCE_MILLIS);
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the processors still look every 500 ms; try again shortly
                log.warn("Following the event store's head failed, retrying: {}", e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        watcher = new Thread(this::watch, "event-arrivals");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void stop() {
        running = false;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A store stream that keeps the processor's callback for as long as it is open. */
    private final class NotifyingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        private NotifyingStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable onAvailable) {
            Runnable previous = callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            callback = onAvailable;
            callbacks.add(onAvailable);
            return true;
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            delegate.close();
        }
    }
}

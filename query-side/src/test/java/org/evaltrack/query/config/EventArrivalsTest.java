package org.evaltrack.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A processor's stream takes a callback, run when events arrive and no longer once the stream is closed. */
class EventArrivalsTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventArrivals arrivals = new EventArrivals(store);

    @AfterEach
    void stop() {
        arrivals.stop();
        store.shutDown();
    }

    @Test
    void aStreamsCallbackRunsWhenEventsArriveAndNotAfterItIsClosed() throws Exception {
        arrivals.start();
        var stream = arrivals.source().openStream(null);
        AtomicInteger woken = new AtomicInteger();

        assertThat(stream.setOnAvailableCallback(woken::incrementAndGet)).as("callbacks supported").isTrue();
        store.publish(GenericEventMessage.asEventMessage("claimed"));
        awaitAtLeast(woken, 1);
        assertThat(stream.hasNextAvailable()).isTrue();

        stream.close();
        int before = woken.get();
        arrivals.arrived();
        assertThat(woken.get()).isEqualTo(before);
    }

    private static void awaitAtLeast(AtomicInteger counter, int value) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (counter.get() < value && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(counter.get()).isGreaterThanOrEqualTo(value);
    }
}

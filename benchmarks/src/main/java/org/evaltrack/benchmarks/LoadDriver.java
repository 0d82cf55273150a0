package org.evaltrack.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load driver: {@code clients} threads each send one request after another for the
 * warm-up and then the measured period; the latency of every request that starts and ends inside
 * the measured period is kept. A request that throws counts as an error.
 */
final class LoadDriver {

    /** One client's next request; {@code client} is 0..clients-1, {@code n} counts that client's requests. */
    @FunctionalInterface
    interface Request {
        void run(int client, long n) throws Exception;
    }

    private LoadDriver() {
    }

    static LatencyStats run(int clients, Duration warmUp, Duration measured, Request request) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        long[][] perClient = new long[clients][];
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(new Thread(() -> {
                long[] latencies = new long[1024];
                int size = 0;
                long n = 0;
                for (long before = System.nanoTime(); before < end; before = System.nanoTime()) {
                    boolean ok = true;
                    try {
                        request.run(client, n++);
                    } catch (Exception | AssertionError e) {
                        ok = false;
                    }
                    long after = System.nanoTime();
                    if (before >= measureFrom && after <= end) {
                        if (!ok) {
                            errors.incrementAndGet();
                        } else {
                            if (size == latencies.length) {
                                latencies = Arrays.copyOf(latencies, size * 2);
                            }
                            latencies[size++] = after - before;
                        }
                    }
                }
                perClient[client] = Arrays.copyOf(latencies, size);
            }, "load-client-" + c));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = Arrays.stream(perClient).flatMapToLong(Arrays::stream).toArray();
        return LatencyStats.of(all, errors.get(), measured.toNanos() / 1e9);
    }
}

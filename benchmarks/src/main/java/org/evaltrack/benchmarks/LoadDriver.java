package org.evaltrack.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load driver: {@code clients} threads each run one request after another for the
 * warm-up and then the measured period; the latency of every request of the measured period is
 * kept. A request that throws counts as an error (its latency is not kept).
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
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[][] holder = new long[1][];
            perClient.add(null);
            Thread thread = new Thread(() -> {
                long[] latencies = new long[1024];
                int size = 0;
                long n = 0;
                try {
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
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
                                    latencies = java.util.Arrays.copyOf(latencies, size * 2);
                                }
                                latencies[size++] = after - before;
                            }
                        }
                    }
                } finally {
                    holder[0] = java.util.Arrays.copyOf(latencies, size);
                    synchronized (perClient) {
                        perClient.set(client, holder[0]);
                    }
                    done.countDown();
                }
            }, "load-client-" + c);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        done.await();
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return LatencyStats.of(all, errors.get(), measured.toNanos() / 1e9);
    }
}

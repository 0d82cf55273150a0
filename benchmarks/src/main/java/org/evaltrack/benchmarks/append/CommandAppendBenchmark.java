package org.evaltrack.benchmarks.append;

import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One score claim through the real command path in process: command gateway, the aggregate loaded
 * from the event store, its rules, one event appended with its metadata, the in-transaction
 * handlers (lookup tables, hash chain), commit. No HTTP, no authentication.
 */
@State(Scope.Benchmark)
public class CommandAppendBenchmark {

    private final AtomicInteger clients = new AtomicInteger();

    @State(Scope.Thread)
    public static class Client {
        int index;
        int count;
        long n;

        @Setup
        public void join(CommandAppendBenchmark benchmark, BenchmarkParams params) {
            index = benchmark.clients.getAndIncrement() % params.getThreads();
            count = params.getThreads();
        }
    }

    @Benchmark
    public void claimScore(Client client) {
        AppendFixture fixture = AppendTargets.fixture;
        fixture.send(fixture.claim(client.index, client.count, client.n++));
    }
}

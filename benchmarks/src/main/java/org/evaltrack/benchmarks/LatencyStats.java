package org.evaltrack.benchmarks;

import java.util.Arrays;

/** Latencies of one run: count, errors, rate and percentiles in milliseconds. */
record LatencyStats(long count, long errors, double seconds, double p50, double p95, double p99, double max) {

    static LatencyStats of(long[] nanos, long errors, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, errors, seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    static LatencyStats of(long count, double seconds, double p50, double p95, double p99, double max) {
        return new LatencyStats(count, 0, seconds, p50, p95, p99, max);
    }

    private static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    double perSecond() {
        return count / seconds;
    }
}

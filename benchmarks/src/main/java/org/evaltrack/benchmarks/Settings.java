package org.evaltrack.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.evaltrack.benchmarks.generator.DataShape;

/**
 * What one run measures and for how long. Defaults fit the whole run in about a quarter of an
 * hour on two cores; {@code --quick} is a smoke run of a minute or two.
 * Arguments: {@code --quick}, {@code --sizes=100k,1m} (also {@code 10k}), {@code --seconds=N}
 * (measured period of each load run), {@code --query-clients=N}, {@code --skip-appends},
 * {@code --budget-minutes=N} (default 20: a data set whose replay and queries would not fit in what
 * is left is skipped, and the results say so), {@code --only=replay} (no appends, no admin rebuild, no
 * queries: the replay from an empty store alone, for comparing two versions of the projections),
 * {@code --only=appends} (the append runs alone, no data sets), {@code --skip-rebuild} (no timed admin
 * rebuild after the first data set's replay: for a 1M run, where it would take as long again),
 * {@code --only=queries} (replay and the query runs, no appends, no admin rebuild: for profiling reads).
 */
record Settings(List<Sized> sizes, Duration warmUp, Duration measured, int queryClients, boolean appends,
                boolean rebuildSmallest, int appendAssessments, Duration budget, boolean queries) {

    record Sized(String label, DataShape shape) {
    }

    static Settings parse(String[] args) {
        boolean quick = false;
        boolean appends = true;
        boolean replayOnly = false;
        boolean appendsOnly = false;
        boolean queriesOnly = false;
        boolean rebuild = true;
        String sizes = "100k,1m";
        Integer seconds = null;
        int clients = 50;
        int budget = 20;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--skip-appends")) {
                appends = false;
            } else if (arg.equals("--only=replay")) {
                replayOnly = true;
            } else if (arg.equals("--skip-rebuild")) {
                rebuild = false;
            } else if (arg.equals("--only=queries")) {
                queriesOnly = true;
            } else if (arg.equals("--only=appends")) {
                appendsOnly = true;
            } else if (arg.startsWith("--sizes=")) {
                sizes = arg.substring("--sizes=".length());
            } else if (arg.startsWith("--seconds=")) {
                seconds = Integer.parseInt(arg.substring("--seconds=".length()));
            } else if (arg.startsWith("--budget-minutes=")) {
                budget = Integer.parseInt(arg.substring("--budget-minutes=".length()));
            } else if (arg.startsWith("--query-clients=")) {
                clients = Integer.parseInt(arg.substring("--query-clients=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (quick && !sizes.contains("=")) {
            sizes = "1k,10k";
        }
        List<Sized> shapes = new ArrayList<>();
        for (String size : appendsOnly ? new String[0] : sizes.split(",")) {
            shapes.add(new Sized(size.trim(), shape(size.trim())));
        }
        int measured = seconds != null ? seconds : quick ? 3 : 8;
        return new Settings(shapes, Duration.ofSeconds(Math.max(1, measured / 4)), Duration.ofSeconds(measured), clients,
                appends && !replayOnly && !queriesOnly, rebuild && !replayOnly && !queriesOnly, quick ? 32 : 256, Duration.ofMinutes(budget), !replayOnly);
    }

    /**
     * What a data set will take: start-up and generation, the replay at the rate measured on the
     * previous set (unknown before the first: then assumed 2,000 events/s), and the query runs.
     */
    double estimatedSeconds(Sized size, double eventsPerSecond) {
        double rate = Double.isNaN(eventsPerSecond) ? 2_000 : eventsPerSecond;
        double queries = this.queries ? QueryRun.Kind.values().length * 2.0 * (warmUp.toSeconds() + measured.toSeconds()) : 0;
        return 30 + size.shape().totalEvents() / 20_000.0 + size.shape().totalEvents() / rate + queries;
    }

    private static DataShape shape(String size) {
        return switch (size.toLowerCase()) {
            case "1k" -> DataShape.counties(1, 5);
            case "10k" -> DataShape.counties(1, 50);
            case "100k" -> DataShape.hundredThousand();
            case "1m" -> DataShape.million();
            default -> throw new IllegalArgumentException("size must be 1k, 10k, 100k or 1m: " + size);
        };
    }
}

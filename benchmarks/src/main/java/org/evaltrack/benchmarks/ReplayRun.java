package org.evaltrack.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.evaltrack.benchmarks.generator.EventGenerator;
import org.evaltrack.benchmarks.generator.EventStoreBulkLoader;
import org.evaltrack.benchmarks.generator.GeneratedData;
import org.evaltrack.query.admin.ProjectionAdmin;
import org.springframework.context.ConfigurableApplicationContext;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replay: the query side's streaming processors are stopped, the generated events are bulk-loaded
 * into the empty store, the processors are started and the clock runs until every group's tokens
 * have reached the head of the store ({@link ProjectionAdmin#isCaughtUp}). That is a rebuild of all
 * projections from the events: empty tables, tokens at the start. Optionally followed by a rebuild
 * through {@link ProjectionAdmin#rebuildAll()} (reset handlers, replay tokens), measured the same way.
 */
final class ReplayRun {

    private static final Logger log = LoggerFactory.getLogger(ReplayRun.class);
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final int READERS_DURING_REBUILD = 50;

    private ReplayRun() {
    }

    record Result(long events, double generateSeconds, double replaySeconds, double rebuildSeconds,
                  Map<String, Double> groupSeconds, long deadLetters, double replayCpuSeconds,
                  double postgresCpuSeconds, long[] readsDuringRebuild) {

        double eventsPerSecond() {
            return events / replaySeconds;
        }
    }

    static GeneratedDataAndResult run(ConfigurableApplicationContext context, BenchDatabase database, String schema,
                                      Settings.Sized size, boolean rebuild) throws Exception {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        List<StreamingEventProcessor> processors = new ArrayList<>();
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.add(streaming);
            }
        });
        processors.forEach(StreamingEventProcessor::shutDown);

        long started = System.nanoTime();
        GeneratedData data;
        try (EventStoreBulkLoader loader = new EventStoreBulkLoader(context.getBean(DataSource.class),
                context.getBean("eventSerializer", Serializer.class))) {
            data = EventGenerator.generate(size.shape(), 2019L, loader);
        }
        double generateSeconds = seconds(started);
        // as autovacuum would after a bulk load; plans must not be made on an empty table's statistics
        database.execute(schema, "analyze domain_event_entry");
        log.info("{}: {} events generated in {} s", size.label(), data.events(), Report.number(generateSeconds));

        ProjectionAdmin admin = context.getBean(ProjectionAdmin.class);
        long cpuStart = processCpuNanos();
        double postgresCpuStart = PostgresCpu.seconds();
        long replayStart = System.nanoTime();
        processors.forEach(StreamingEventProcessor::start);
        Map<String, Double> groupSeconds = awaitCaughtUp(admin, replayStart);
        double replaySeconds = seconds(replayStart);
        double replayCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double postgresCpuSeconds = PostgresCpu.seconds() - postgresCpuStart;

        double rebuildSeconds = Double.NaN;
        long[] reads = null;
        if (rebuild) {
            try (ReadsDuringRebuild readers = new ReadsDuringRebuild(context.getBean(QueryGateway.class), data.assessments(),
                    READERS_DURING_REBUILD)) {
                long rebuildStart = System.nanoTime();
                admin.rebuildAll();
                awaitCaughtUp(admin, rebuildStart);
                rebuildSeconds = seconds(rebuildStart);
                reads = readers.counts();
            }
        }
        long deadLetters = database.count(schema, "select count(*) from dead_letter_entry");
        return new GeneratedDataAndResult(data, new Result(data.events(), generateSeconds, replaySeconds, rebuildSeconds,
                groupSeconds, deadLetters, replayCpuSeconds, postgresCpuSeconds, reads));
    }

    record GeneratedDataAndResult(GeneratedData data, Result result) {
    }

    static Map<String, Double> awaitCaughtUp(ProjectionAdmin admin, long since) throws InterruptedException {
        Map<String, Double> done = new LinkedHashMap<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> groups = admin.groups();
        while (done.size() < groups.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections not caught up after " + PATIENCE + ": only " + done.keySet());
            }
            for (String group : groups) {
                if (!done.containsKey(group) && admin.isCaughtUp(group)) {
                    done.put(group, seconds(since));
                    log.info("{} caught up after {} s", group, Report.number(seconds(since)));
                }
            }
            Thread.sleep(100);
        }
        return done;
    }

    /**
     * CPU time of this JVM (all threads): on a shared machine the elapsed time says how much CPU the
     * others left, this how much work the replay took; PostgreSQL's share is not in it.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}

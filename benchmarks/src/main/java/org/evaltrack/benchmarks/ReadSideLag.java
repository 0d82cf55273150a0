package org.evaltrack.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.evaltrack.query.position.ReadSidePosition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read side's lag while commands run: for each new event, the time from its timestamp (taken by the
 * command before its commit, so the figure errs long) to the first moment the read side's position covers
 * it, which is when the totals, and every other view, can show it. Polled every 2 ms on a thread of its own.
 */
final class ReadSideLag implements AutoCloseable {

    private final ReadSidePosition position;
    private final JdbcTemplate jdbc;
    private final List<Long> lagNanos = new ArrayList<>();
    private final Thread poller;
    private final long started = System.nanoTime();
    private volatile boolean running = true;
    private long seen;

    private ReadSideLag(ConfigurableApplicationContext context) {
        this.position = context.getBean(ReadSidePosition.class);
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        this.seen = position.fresh();
        this.poller = new Thread(this::poll, "read-side-lag");
        this.poller.setDaemon(true);
        this.poller.start();
    }

    static ReadSideLag start(ConfigurableApplicationContext context) {
        return new ReadSideLag(context);
    }

    private void poll() {
        while (running) {
            long reached = position.fresh();
            if (reached > seen) {
                Instant now = Instant.now();
                for (String stamp : jdbc.queryForList("select time_stamp from domain_event_entry where global_index > ? and global_index <= ?",
                        String.class, seen, reached)) {
                    lagNanos.add(java.time.Duration.between(Instant.parse(stamp), now).toNanos());
                }
                seen = reached;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops polling; events not yet visible by then are not counted (the run's end, not the read side's). */
    LatencyStats stats() throws InterruptedException {
        running = false;
        poller.join();
        long[] nanos = lagNanos.stream().mapToLong(Long::longValue).toArray();
        return LatencyStats.of(nanos, 0, (System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join();
    }
}

package org.evaltrack.launcher.e2e;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts what the PostgreSQL driver sends from the server's request threads, from its own protocol log:
 * every Sync waits for the server's answer, so Syncs are round trips; Executes are statements (a BEGIN
 * rides along with the first statement of a transaction and counts as one).
 */
final class PostgresRoundTrips implements AutoCloseable {

    private static final String REQUEST_THREADS = "http-nio-";

    /** Kept so the level set on it is not lost with a collected logger. */
    private final Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    private final Level levelBefore = driver.getLevel();
    private final AtomicInteger syncs = new AtomicInteger();
    private final AtomicInteger executes = new AtomicInteger();
    private final Handler counter = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null || !Thread.currentThread().getName().startsWith(REQUEST_THREADS)) {
                return;
            }
            if (message.startsWith(" FE=> Sync")) {
                syncs.incrementAndGet();
            } else if (message.startsWith(" FE=> Execute")) {
                executes.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    PostgresRoundTrips() {
        counter.setLevel(Level.ALL);
        driver.addHandler(counter);
        driver.setLevel(Level.FINEST);
    }

    /** Round trips and statements the request threads made while {@code action} ran. */
    Count during(Runnable action) {
        int syncsBefore = syncs.get();
        int executesBefore = executes.get();
        action.run();
        try {
            // the request thread may still be closing its filters when the answer has arrived
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Count(syncs.get() - syncsBefore, executes.get() - executesBefore);
    }

    record Count(int roundTrips, int statements) {
    }

    @Override
    public void close() {
        driver.removeHandler(counter);
        driver.setLevel(levelBefore);
    }
}

package org.evaltrack.launcher.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.query.admin.ProjectionAdmin;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system (both sides, one context) started through the launcher's entry point on the
 * test class's PostgreSQL schema, with the demo case loaded; it can be stopped and started again
 * on the same schema.
 */
final class RunningSystem implements AutoCloseable {

    private static final java.time.Duration READ_SIDE_PATIENCE = java.time.Duration.ofMinutes(2);

    private final String[] args;
    private ConfigurableApplicationContext context;

    RunningSystem(PostgresTestDatabase database, Path blobs, String... settings) {
        String[] base = {"--server.port=0", "--evaltrack.demo.enabled=true", "--evaltrack.blobs.dir=" + blobs.toAbsolutePath()};
        String[] all = java.util.Arrays.copyOf(base, base.length + settings.length);
        System.arraycopy(settings, 0, all, base.length, settings.length);
        this.args = database.args(all);
    }

    /**
     * Starts the system and waits until every projection has taken in the demo case the start-up
     * loaded through the commands: a test that reads a page or the API to decide what to do (reopen
     * an assessment unless it is open) would otherwise decide on a read side still replaying the demo.
     */
    RunningSystem start() {
        context = EvaltrackApplication.run(args);
        awaitReadSide();
        return this;
    }

    /** Bounded; a system started without some projections running goes on after the bound. */
    private void awaitReadSide() {
        ProjectionAdmin admin = bean(ProjectionAdmin.class);
        long deadline = System.nanoTime() + READ_SIDE_PATIENCE.toNanos();
        while (!admin.groups().stream().allMatch(admin::isCaughtUp) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void restart() {
        close();
        start();
    }

    HttpApi http() {
        return new HttpApi(port());
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> java.util.Map<String, T> beans(Class<T> type) {
        return context.getBeansOfType(type);
    }

    List<DomainEventMessage<?>> events(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        bean(EventStore.class).readEvents(aggregateId).forEachRemaining(events::add);
        return events;
    }

    /** The aggregate's version as If-Match expects it: the sequence number of its last event. */
    long version(String aggregateId) {
        return bean(EventStore.class).lastSequenceNumberFor(aggregateId).orElseThrow();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}

package org.evaltrack.query.config;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Splits each streaming processor's segments between the query-side nodes that share the token
 * store. A pooled streaming processor claims every segment it finds unclaimed, so the first node
 * up would keep them all and a second node would idle. Each node therefore announces itself in
 * {@code query_node} every {@value #DEFAULT_INTERVAL_MS} ms, and a node holding more than its fair
 * share ({@code ceil(segments / live nodes)}) of a processor, while another live node holds less,
 * releases the surplus; the other node's processor claims it. A node that stops deletes its row;
 * a node that dies stops announcing itself, is no longer counted after {@code 3 ×} the interval,
 * and its segments are claimed by the others once its claims time out
 * ({@code axon.eventhandling.tokenstore.claim-timeout}).
 * <p>
 * Nodes are named as Axon's token store names claim owners (the JVM's {@code pid@host}), so the
 * owner column of {@code token_entry} says which node holds what. Off with
 * {@code evaltrack.projections.balance=false}.
 */
@Component
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final long DEFAULT_INTERVAL_MS = 2000;

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;
    private final long intervalMs;
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();
    private ScheduledExecutorService timer;

    public SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, Clock clock,
                           @Value("${evaltrack.projections.balance:true}") boolean enabled,
                           @Value("${evaltrack.projections.balance-interval:PT2S}") Duration interval) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
        this.intervalMs = interval.toMillis();
    }

    public String nodeId() {
        return nodeId;
    }

    @Override
    public synchronized void start() {
        if (!enabled || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::balanceQuietly, 0, intervalMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        timer = null;
        try {
            jdbc.update("delete from query_node where node_id = ?", nodeId);
        } catch (RuntimeException e) {
            log.warn("could not sign off node {}: {}", nodeId, e.getMessage());
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** After Axon's processors have started, before they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            // a database hiccup must not stop the timer; the next round tries again
            log.warn("segment balancing failed: {}", e.getMessage());
        }
    }

    /** One round: announce this node, then release surplus segments where another live node has too few. */
    void balance() {
        long now = clock.millis();
        if (jdbc.update("update query_node set last_seen_ms = ? where node_id = ?", now, nodeId) == 0) {
            jdbc.update("insert into query_node (node_id, last_seen_ms) values (?, ?)", nodeId, now);
        }
        Set<String> live = new HashSet<>(jdbc.queryForList("select node_id from query_node where last_seen_ms > ?",
                String.class, now - 3 * intervalMs));
        live.add(nodeId);
        if (live.size() < 2) {
            return;
        }
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .forEach(processor -> balance(processor, live));
    }

    private void balance(StreamingEventProcessor processor, Set<String> live) {
        List<Map<String, Object>> segments = jdbc.queryForList(
                "select segment, owner from token_entry where processor_name = ?", processor.getName());
        if (segments.isEmpty()) {
            return;
        }
        Map<String, Long> owned = segments.stream().filter(s -> s.get("owner") != null)
                .collect(Collectors.groupingBy(s -> (String) s.get("owner"), Collectors.counting()));
        int fairShare = (int) Math.ceil(segments.size() / (double) live.size());
        int floorShare = segments.size() / live.size();
        boolean anotherWantsMore = live.stream().filter(node -> !node.equals(nodeId))
                .anyMatch(node -> owned.getOrDefault(node, 0L) < floorShare);
        Set<Integer> mine = processor.processingStatus().keySet();
        int surplus = mine.size() - fairShare;
        if (!anotherWantsMore || surplus <= 0) {
            return;
        }
        mine.stream().sorted(Comparator.reverseOrder()).limit(surplus).forEach(segment -> {
            log.info("{}: releasing segment {} to another node ({} live nodes, fair share {})",
                    processor.getName(), segment, live.size(), fairShare);
            processor.releaseSegment(segment);
        });
    }
}

package org.evaltrack.query.config;

import java.util.Arrays;
import java.util.Objects;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How many events each query-side processing group handles in one transaction.
 * <p>
 * Why: with Axon's default of one event per transaction a replay pays one commit (a WAL flush on
 * PostgreSQL) and one token write per event and group; that, not the handlers, limited a rebuild
 * (BENCHMARKS.md). Handlers stay all-or-nothing per event ({@code HandlerSavepoints}), so a
 * failing event is still dead-lettered alone while the rest of its batch commits.
 * <p>
 * <p>
 * Also: before handling an event, a dead-lettering processor asks the queue whether the event's
 * aggregate already has letters, one query per event and group. The sequence-identifier cache
 * answers that from memory for the segments this node holds (it knows what it enqueued itself and
 * is rebuilt when a segment is claimed), so a replay no longer queries the empty queue a million times.
 * <p>
 * Registered per group, so it adds to whatever default processor configuration others register
 * (Axon applies the default first, then the group's). Property {@value #BATCH_SIZE}.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionBatchConfig {

    public static final String BATCH_SIZE = "evaltrack.projections.batch-size";
    /** Segments of the read models' processor; only read when its tokens are first made (an empty token store). */
    public static final String SEGMENTS = "evaltrack.projections.segments";
    /** Worker threads of the processor on this node. */
    public static final String THREADS = "evaltrack.projections.threads";
    /**
     * Measured best on two cores (BENCHMARKS.md, Replay): 2 segments and 500 events per transaction took
     * 0.47 ms of JVM and 0.17 ms of PostgreSQL CPU per event, against 0.75 and 0.30 with 16 segments of 50.
     * Only a careful retry (after a failure in the batch) takes a savepoint per event; past PostgreSQL's 64
     * cached subtransactions that one transaction then slows snapshots cluster-wide while it runs. Rare,
     * and accepted for the gain on every batch.
     */
    public static final int DEFAULT_BATCH_SIZE = 500;
    /**
     * How often a segment that had no event of its own stores its token (with its claim). Another query node
     * reads that token for the position its answers reflect (ReadSidePosition); at Axon's 5 s a read waiting
     * for a position handled in the other node's segment ran out of its 5 s wait.
     */
    public static final String CLAIM_EXTENSION = "evaltrack.projections.claim-extension";
    /**
     * How often a node looks for segments nobody holds. A segment the balancer releases (or a stopped node's)
     * handles no event until then; at Axon's 5 s a read waiting for an event in it ran out of its 5 s wait.
     */
    public static final String CLAIM_INTERVAL = "evaltrack.projections.claim-interval";
    public static final int DEFAULT_SEGMENTS = 2;
    public static final int DEFAULT_THREADS = 2;
    private static final String QUERY_SIDE = "org.evaltrack.query.";

    /**
     * A batch's changes are flushed together at its commit ({@code HandlerSavepoints}, fast path), in
     * JDBC batches; a JDBC batch holds statements of one table only, so Hibernate is told to group the
     * inserts and the updates per table instead of keeping the order of the handlers (totals alternates
     * an item's row and a history row; in order, every batch would hold one statement). The read-model
     * tables have no foreign keys, so the order between tables does not matter. Applies to every
     * session of the application, the command side's too where both sides share one JVM: its statements
     * are then grouped per table as well, which changes no result.
     */
    @Bean
    public HibernatePropertiesCustomizer projectionStatementOrder() {
        return properties -> {
            properties.putIfAbsent(AvailableSettings.ORDER_INSERTS, "true");
            properties.putIfAbsent(AvailableSettings.ORDER_UPDATES, "true");
        };
    }

    @Bean
    public ConfigurerModule projectionBatchSize(ListableBeanFactory beans, @Value("${" + BATCH_SIZE + ":" + DEFAULT_BATCH_SIZE + "}") int batchSize,
                                                @Value("${" + SEGMENTS + ":" + DEFAULT_SEGMENTS + "}") int segments,
                                                @Value("${" + THREADS + ":" + DEFAULT_THREADS + "}") int threads,
                                                @Value("${" + CLAIM_EXTENSION + ":PT1S}") java.time.Duration claimExtension,
                                                @Value("${" + CLAIM_INTERVAL + ":PT1S}") java.time.Duration claimInterval,
                                                ObjectProvider<EventArrivals> arrivals) {
        return configurer -> Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .filter(name -> Objects.requireNonNull(beans.getType(name)).getName().startsWith(QUERY_SIDE))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .distinct()
                .forEach(group -> configurer.eventProcessing()
                        .registerPooledStreamingEventProcessorConfiguration(group,
                                (configuration, builder) -> builder.batchSize(batchSize).initialSegmentCount(segments)
                                        .claimExtensionThreshold(claimExtension.toMillis())
                                        .tokenClaimInterval(claimInterval.toMillis())
                                        // looked up when the processor is built: the arrivals need the event store, built from this configuration
                                        .messageSource(arrivals.getObject().source())
                                        .workerExecutor(name -> java.util.concurrent.Executors.newScheduledThreadPool(threads,
                                                new org.axonframework.common.AxonThreadFactory("WorkPackage[" + name + "]"))))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (configuration, builder) -> builder.enableSequenceIdentifierCache()));
    }
}

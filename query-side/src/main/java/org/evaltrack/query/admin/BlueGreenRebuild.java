package org.evaltrack.query.admin;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.query.config.EventArrivals;
import org.evaltrack.query.config.ProjectionBatchConfig;
import org.evaltrack.query.config.ReadModels;
import org.evaltrack.query.config.ReplayProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild with no downtime, on PostgreSQL: a second processor replays every event into empty tables
 * beside the live ones ({@link NextTables}) while the live read models keep answering and keep
 * following new events. Once it has reached the head of the store, one transaction swaps the tables and
 * hands its tokens to the live processor, which goes on from there. Its tokens are in the token store,
 * so after a crash or restart any node that finds them resumes it. The embedded H2 rebuilds in place.
 */
@Component
public class BlueGreenRebuild implements SmartLifecycle {

    /** The processor that fills the new tables; its tokens say a rebuild is under way. */
    public static final String NEXT = ReadModels.GROUP + "-next";
    /** PostgreSQL advisory lock key serialising the start of rebuilds across query nodes ("evaltrak" in ASCII). */
    private static final long BEGIN_LOCK = 0x6576616c7472616bL;
    private static final Logger log = LoggerFactory.getLogger(BlueGreenRebuild.class);

    private final EventProcessingConfiguration processing;
    private final org.axonframework.config.Configuration axon;
    private final EntityManagerProvider entityManagerProvider;
    private final Serializer serializer;
    private final Serializer eventSerializer;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationContext context;
    private final ReplayProgress replayProgress;
    private final CurrentAnswers answers;
    private final RebuildMeter meter;
    private final EventArrivals arrivals;
    private final NextTables tables;
    private final int batchSize;
    private final int segments;
    private final int threads;
    private final boolean enabled;
    private volatile PooledStreamingEventProcessor processor;
    private volatile boolean running;
    private volatile Boolean postgres;
    private ScheduledExecutorService watcher;

    BlueGreenRebuild(EventProcessingConfiguration processing, org.axonframework.config.Configuration axon,
                     EntityManagerProvider entityManagerProvider, Serializer serializer,
                     @Qualifier("eventSerializer") Serializer eventSerializer,
                     TransactionManager transactions, JdbcTemplate jdbc,
                     PlatformTransactionManager transactionManager, ApplicationContext context,
                     ReplayProgress replayProgress, CurrentAnswers answers, RebuildMeter meter, EventArrivals arrivals,
                     @Value("${" + ProjectionBatchConfig.BATCH_SIZE + ":" + ProjectionBatchConfig.DEFAULT_BATCH_SIZE + "}") int batchSize,
                     @Value("${" + ProjectionBatchConfig.SEGMENTS + ":" + ProjectionBatchConfig.DEFAULT_SEGMENTS + "}") int segments,
                     @Value("${" + ProjectionBatchConfig.THREADS + ":" + ProjectionBatchConfig.DEFAULT_THREADS + "}") int threads,
                     @Value("${evaltrack.projections.blue-green:true}") boolean enabled) {
        this.processing = processing;
        this.axon = axon;
        this.entityManagerProvider = entityManagerProvider;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.context = context;
        this.replayProgress = replayProgress;
        this.answers = answers;
        this.meter = meter;
        this.arrivals = arrivals;
        this.tables = new NextTables(jdbc);
        this.batchSize = batchSize;
        this.segments = segments;
        this.threads = threads;
        this.enabled = enabled;
    }

    /** Whether rebuilds here keep the live read models answering: PostgreSQL only. */
    public boolean supported() {
        return enabled && postgres();
    }

    /** A rebuild under way on any node: its processor has tokens. */
    public boolean underWay() {
        return supported() && !nextSegments().isEmpty();
    }

    /**
     * Starts one unless one is under way on any node. The check and the new tokens are one transaction under a
     * lock every node takes, so two nodes asked at once (nginx spreads requests) cannot both start one.
     *
     * @return false when one is already under way
     */
    synchronized boolean begin() {
        Boolean started = transaction.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, BEGIN_LOCK);
            if (!nextSegments().isEmpty()) {
                return false;
            }
            tables.create();
            jdbc.update("delete from dead_letter_entry where processing_group = ?", NEXT);
            // what the processor would make on its first start: a replay from the start up to today's head
            processing.tokenStore(ReadModels.GROUP).initializeTokenSegments(NEXT, segments,
                    ReplayToken.createReplayToken(arrivals.source().createHeadToken()));
            return true;
        });
        if (!Boolean.TRUE.equals(started)) {
            return false;
        }
        meter.started(ReadModels.GROUP);
        launch();
        log.info("Rebuilding the read models into {} while the live ones keep answering", tables.next());
        return true;
    }

    /** Why this node's rebuild cannot go on (an event its read models refuse, say), in one line. */
    java.util.Optional<String> stalledBy() {
        PooledStreamingEventProcessor next = processor;
        if (next == null) {
            return java.util.Optional.empty();
        }
        return next.processingStatus().values().stream()
                .filter(segment -> segment.isErrorState() && segment.getError() != null)
                .map(segment -> org.evaltrack.query.config.DeadLetterSubject.shortError(
                        segment.getError().getClass().getName(), String.valueOf(segment.getError().getMessage())))
                .findFirst();
    }

    /** Events the new tables refused so far; they become the live group's letters at the switch. */
    long setAside() {
        Long count = jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?", Long.class, NEXT);
        return count == null ? 0 : count;
    }

    List<Integer> nextSegments() {
        return jdbc.queryForList("select segment from token_entry where processor_name = ?", Integer.class, NEXT);
    }

    private void launch() {
        PooledStreamingEventProcessor next = PooledStreamingEventProcessor.builder()
                .name(NEXT)
                .eventHandlerInvoker(DeadLetteringEventHandlerInvoker.builder()
                        .eventHandlers(projections())
                        .handlerDefinition(axon.handlerDefinition(ReadModels.class))
                        .parameterResolverFactory(axon.parameterResolverFactory())
                        .sequencingPolicy(ReadModels.perAggregate())
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                        // an event the new tables refuse is set aside for its aggregate, as in the live group,
                        // so it holds back neither the other units nor the switch; its letter moves over with it
                        .queue(JpaSequencedDeadLetterQueue.builder()
                                .processingGroup(NEXT)
                                .entityManagerProvider(entityManagerProvider)
                                .transactionManager(transactions)
                                .genericSerializer(serializer)
                                .eventSerializer(eventSerializer)
                                .build())
                        .enqueuePolicy(processing.deadLetterPolicy(ReadModels.GROUP).orElseThrow())
                        .transactionManager(inNextTables(tables.searchPath()))
                        .enableSequenceIdentifierCache()
                        .build())
                .messageSource(arrivals.source())
                .tokenStore(processing.tokenStore(ReadModels.GROUP))
                .transactionManager(inNextTables(tables.searchPath()))
                .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor(daemon("coordinator")))
                .workerExecutor(Executors.newScheduledThreadPool(threads, daemon("worker")))
                .initialSegmentCount(segments)
                .batchSize(batchSize)
                .errorHandler(PropagatingErrorHandler.instance())
                .build();
        next.start();
        processor = next;
    }

    /** The same projection objects the live processor calls: their unqualified tables resolve to the new ones. */
    private List<Object> projections() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> {
                    ProcessingGroup group = org.springframework.core.annotation.AnnotationUtils
                            .findAnnotation(org.springframework.aop.support.AopUtils.getTargetClass(bean), ProcessingGroup.class);
                    return group != null && group.value().equals(ReadModels.GROUP);
                })
                .toList();
    }

    /** Every batch of the rebuild runs with the new tables first on the search path; tokens and events are found behind them. */
    private TransactionManager inNextTables(String searchPath) {
        return () -> {
            Transaction started = transactions.startTransaction();
            jdbc.execute("set local search_path to " + searchPath);
            return started;
        };
    }

    /** Swaps the tables in once the rebuild has reached the head of the store; called by the watcher. */
    synchronized void switchWhenCaughtUp() {
        PooledStreamingEventProcessor next = processor;
        if (next != null && nextSegments().isEmpty()) {
            // another node (which resumed the rebuild too) has switched it in: its tokens are the live ones now
            next.shutDown();
            processor = null;
            answers.forgetAll();
            meter.finished(ReadModels.GROUP);
            log.info("The rebuilt read models were switched in by another node");
            return;
        }
        if (next == null || !replayProgress.isCaughtUp(NEXT)) {
            return;
        }
        StreamingEventProcessor live = processing.eventProcessor(ReadModels.GROUP, StreamingEventProcessor.class).orElseThrow();
        next.shutDown();
        live.shutDown();
        try {
            boolean here = Boolean.TRUE.equals(transaction.execute(status -> {
                // the lock of begin(): two nodes that both resumed the rebuild do not both switch
                jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, BEGIN_LOCK);
                if (nextSegments().isEmpty()) {
                    return false;
                }
                tables.switchOver();
                jdbc.update("delete from token_entry where processor_name = ?", ReadModels.GROUP);
                jdbc.update("update token_entry set processor_name = ?, owner = null where processor_name = ?", ReadModels.GROUP, NEXT);
                // the live tables' letters go with them; the events the new tables refused become the letters
                jdbc.update("delete from dead_letter_entry where processing_group = ?", ReadModels.GROUP);
                jdbc.update("update dead_letter_entry set processing_group = ? where processing_group = ?", ReadModels.GROUP, NEXT);
                return true;
            }));
            processor = null;
            answers.forgetAll();
            meter.finished(ReadModels.GROUP);
            log.info(here ? "Rebuilt read models switched in" : "The rebuilt read models were switched in by another node");
        } catch (RuntimeException failed) {
            log.warn("Switching the rebuilt read models in failed; the live ones stay and the rebuild goes on: {}", failed.toString());
            next.start();
        } finally {
            live.start();
        }
    }

    // ---- lifecycle: resume an interrupted rebuild, watch for its end --------------------------------

    @Override
    public void start() {
        running = true;
        if (!supported()) {
            return;
        }
        if (!nextSegments().isEmpty()) {
            if (tables.exist()) {
                log.info("Resuming the rebuild of the read models into {}", tables.next());
                launch();
            } else {
                transaction.executeWithoutResult(status -> jdbc.update("delete from token_entry where processor_name = ?", NEXT));
            }
        }
        watcher = Executors.newSingleThreadScheduledExecutor(daemon("switch"));
        watcher.scheduleWithFixedDelay(() -> {
            try {
                switchWhenCaughtUp();
            } catch (RuntimeException e) {
                log.warn("Checking the rebuild failed: {}", e.toString());
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (watcher != null) {
            watcher.shutdownNow();
        }
        PooledStreamingEventProcessor next = processor;
        if (next != null) {
            next.shutDown();
            processor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon's processors have started, before them on the way down. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 10;
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
            postgres = known;
        }
        return known;
    }

    private static java.util.concurrent.ThreadFactory daemon(String role) {
        return runnable -> {
            Thread thread = new Thread(runnable, NEXT + "-" + role);
            thread.setDaemon(true);
            return thread;
        };
    }
}

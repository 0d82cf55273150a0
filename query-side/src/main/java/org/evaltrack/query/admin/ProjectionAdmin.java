package org.evaltrack.query.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.evaltrack.query.config.DeadLetterSubject;
import org.evaltrack.query.config.ReplayProgress;
import org.evaltrack.query.web.QueryProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds projections and reports on them. A projection is every streaming processor of this
 * context: the query side's processing groups, whoever wrote them (the command side's groups
 * subscribe and are never rebuilt from here).
 * <p>
 * A rebuild stops the processor on this node, then in one transaction clears the group's
 * dead letters and resets its tokens to the start of the store (Axon calls the group's
 * {@code @ResetHandler}s there, which empty its tables), and starts it again. The replay then
 * runs in the background; {@link #status} says when it has caught up. Resetting claims every
 * segment: while another query-side node holds one, the reset fails and nothing is changed.
 */
@Service
public class ProjectionAdmin {

    static final String NOT_FOUND = "PROJECTION_NOT_FOUND";
    static final String CLAIMED_ELSEWHERE = "PROJECTION_CLAIMED_ELSEWHERE";
    static final String REBUILD_RUNNING = "REBUILD_ALREADY_RUNNING";

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdmin.class);
    private static final int SEQUENCES_LOOKED_AT = 100;
    private static final int RETRY_PASSES = 10;

    private final EventProcessingConfiguration processing;
    private final ReplayProgress replayProgress;
    private final EntityManagerProvider entityManagerProvider;
    private final EventStore eventStore;
    private final Serializer serializer;
    private final TransactionTemplate transaction;
    private final RebuildMeter meter;
    private final BlueGreenRebuild blueGreen;

    ProjectionAdmin(EventProcessingConfiguration processing, ReplayProgress replayProgress,
                    EntityManagerProvider entityManagerProvider, EventStore eventStore, Serializer serializer,
                    PlatformTransactionManager transactionManager, RebuildMeter meter, BlueGreenRebuild blueGreen) {
        this.meter = meter;
        this.blueGreen = blueGreen;
        this.processing = processing;
        this.replayProgress = replayProgress;
        this.entityManagerProvider = entityManagerProvider;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Names of every projection group, sorted. */
    public List<String> groups() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(entry -> entry.getKey())
                .sorted()
                .toList();
    }

    public List<ProjectionStatus> statuses() {
        Long head = headPosition();
        return groups().stream().map(group -> status(group, head)).toList();
    }

    public ProjectionStatus status(String group) {
        processor(group);
        return status(group, headPosition());
    }

    /** Tokens at the head of the store; dead letters aside (the status's {@code caughtUp} counts them too). */
    public boolean isCaughtUp(String group) {
        return replayProgress.isCaughtUp(group) && !blueGreen.underWay();
    }

    /** The projections that hold dead letters, each with its oldest letter; empty when none does. */
    public List<DeadLetteredProjection> deadLettered() {
        List<DeadLetteredProjection> found = new ArrayList<>();
        for (String group : groups()) {
            deadLetterQueue(group).filter(queue -> queue.size() > 0).ifPresent(queue -> found.add(
                    new DeadLetteredProjection(group, queue.size(), queue.amountOfSequences(), firstDeadLetter(group, queue))));
        }
        return found;
    }

    /** Dead letters of a group, 0 where it does not dead-letter. */
    public long deadLetterCount(String group) {
        return deadLetterQueue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** Rebuilds every projection; one at a time, so a refusal leaves the ones after it untouched. */
    public synchronized List<ProjectionStatus> rebuildAll() {
        groups().forEach(this::rebuild);
        return statuses();
    }

    public synchronized ProjectionStatus rebuild(String group) {
        StreamingEventProcessor processor = processor(group);
        if (blueGreen.supported()) {
            // only a rebuild's own tokens say one runs: a live token still a replay token from the first start,
            // stored behind the head by a node that has not written its newest yet, is no rebuild (it was a 409)
            if (!blueGreen.begin()) {
                throw new QueryProblemException(HttpStatus.CONFLICT, REBUILD_RUNNING, group);
            }
            return status(group);
        }
        if (status(group).replaying()) {
            throw new QueryProblemException(HttpStatus.CONFLICT, REBUILD_RUNNING, group);
        }
        log.info("Rebuilding projection {}", group);
        processor.shutDown();
        try {
            transaction.executeWithoutResult(status -> {
                // Old letters would hold the replayed events of their aggregates behind them.
                deadLetterQueue(group).ifPresent(SequencedDeadLetterQueue::clear);
                processor.resetTokens();
            });
        } catch (UnableToClaimTokenException e) {
            throw new QueryProblemException(HttpStatus.CONFLICT, CLAIMED_ELSEWHERE, group);
        } finally {
            processor.start();
        }
        meter.started(group);
        return status(group);
    }

    public DeadLetterReport deadLetters(String group, int limit) {
        processor(group);
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = deadLetterQueue(group);
        if (queue.isEmpty()) {
            return new DeadLetterReport(group, false, 0, List.of());
        }
        return transaction.execute(status -> {
            List<DeadLetterView> letters = new ArrayList<>();
            int sequence = 0;
            for (Iterable<DeadLetter<? extends EventMessage<?>>> letterSequence : queue.get().deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : letterSequence) {
                    if (letters.size() < limit) {
                        letters.add(view(sequence, letter));
                    }
                }
                sequence++;
            }
            return new DeadLetterReport(group, true, sequence, letters);
        });
    }

    /**
     * Tries each dead-lettered sequence once; a sequence that fails again goes to the back of the queue.
     * While a pass clears some and others remain, another pass follows (at most {@value #RETRY_PASSES}):
     * a letter may have waited for another one (an assessment for its scheme's).
     */
    public RetryResult retryDeadLetters(String group) {
        processor(group);
        var queue = deadLetterQueue(group);
        var retrier = processing.sequencedDeadLetterProcessor(group);
        if (queue.isEmpty() || retrier.isEmpty()) {
            return new RetryResult(group, 0, 0, 0);
        }
        int attempted = 0;
        int succeeded = 0;
        for (int pass = 0; pass < RETRY_PASSES; pass++) {
            int attempts = (int) Math.min(Integer.MAX_VALUE, queue.get().amountOfSequences());
            int cleared = 0;
            for (int i = 0; i < attempts; i++) {
                try {
                    if (retrier.get().processAny()) {
                        cleared++;
                    }
                } catch (RuntimeException stillWaiting) {
                    // e.g. an assessment still waiting for its scheme: the letter stays, the others are tried
                    log.warn("Retrying a dead letter of {} failed: {}", group, stillWaiting.toString());
                }
            }
            attempted = Math.max(attempted, attempts);
            succeeded += cleared;
            if (cleared == 0 || queue.get().amountOfSequences() == 0) {
                break;
            }
        }
        return new RetryResult(group, attempted, succeeded, queue.get().amountOfSequences());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new QueryProblemException(HttpStatus.NOT_FOUND, NOT_FOUND, group));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetterQueue(String group) {
        return processing.deadLetterQueue(group);
    }

    private ProjectionStatus status(String group, Long head) {
        StreamingEventProcessor processor = processor(group);
        List<ProjectionStatus.SegmentPosition> segments = segments(group);
        boolean atHead = replayProgress.isCaughtUp(group);
        boolean besideLive = blueGreen.underWay();
        boolean replaying = besideLive || !atHead && segments.stream().anyMatch(ProjectionStatus.SegmentPosition::replay);
        long position = lowest(segments);
        var queue = deadLetterQueue(group);
        long letters = queue.map(SequencedDeadLetterQueue::size).orElse(0L);
        RebuildProgress progress = null;
        if (besideLive && head != null) {
            progress = meter.progress(group, lowest(segments(BlueGreenRebuild.NEXT)), head)
                    .stalledBy(blueGreen.stalledBy().orElse(null), blueGreen.setAside());
        } else if (replaying && head != null) {
            progress = meter.progress(group, position, head);
        } else if (atHead) {
            meter.finished(group);
        }
        // a dead letter holds its aggregate's events back: that read model is behind, whatever the tokens say
        return new ProjectionStatus(group, processor.isRunning(), processor.isError(), atHead && letters == 0 && !besideLive, replaying,
                head, position < 0 ? null : position, segments, queue.isPresent(),
                queue.map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L), letters, atHead,
                letters == 0 ? null : firstDeadLetter(group, queue.get()), progress);
    }

    /** The head letter of each sequence (at most {@value #SEQUENCES_LOOKED_AT}), the one enqueued first. */
    private ProjectionStatus.FirstDeadLetter firstDeadLetter(String group, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        return transaction.execute(status -> {
            DeadLetter<? extends EventMessage<?>> first = null;
            int looked = 0;
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                var letters = sequence.iterator();
                if (letters.hasNext()) {
                    DeadLetter<? extends EventMessage<?>> head = letters.next();
                    if (first == null || head.enqueuedAt().isBefore(first.enqueuedAt())) {
                        first = head;
                    }
                }
                if (++looked >= SEQUENCES_LOOKED_AT) {
                    break;
                }
            }
            if (first == null) {
                return null;
            }
            DeadLetterSubject subject = DeadLetterSubject.of(first.message());
            return new ProjectionStatus.FirstDeadLetter(subject.eventType(), subject.aggregateId(), subject.unitId(),
                    subject.schemeId(), subject.assessmentId(),
                    first.cause().map(cause -> DeadLetterSubject.shortError(cause.type(), cause.message())).orElse(null),
                    first.enqueuedAt(), "POST /api/projections/" + group + "/dead-letters/retry");
        });
    }

    /** Read from the token store, not the processor: it shows the segments every node holds. */
    private List<ProjectionStatus.SegmentPosition> segments(String group) {
        return entityManagerProvider.getEntityManager()
                .createQuery("SELECT t FROM TokenEntry t WHERE t.processorName = :name ORDER BY t.segment", TokenEntry.class)
                .setParameter("name", group)
                .getResultList()
                .stream()
                .map(entry -> {
                    TrackingToken token = entry.getToken(serializer);
                    OptionalLong position = token == null ? OptionalLong.empty() : token.position();
                    return new ProjectionStatus.SegmentPosition(entry.getSegment(),
                            position.isPresent() ? position.getAsLong() : null, ReplayToken.isReplay(token),
                            entry.getOwner());
                })
                .toList();
    }

    /** The position of the segment furthest behind; -1 when there is none or it has handled nothing. */
    private static long lowest(List<ProjectionStatus.SegmentPosition> segments) {
        return segments.stream().mapToLong(segment -> segment.position() == null ? -1 : segment.position()).min().orElse(-1);
    }

    private Long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.isPresent() ? position.getAsLong() : null;
    }

    private static DeadLetterView view(int sequence, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String aggregateId = null;
        Long aggregateSequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            aggregateSequence = domain.getSequenceNumber();
        }
        return new DeadLetterView(sequence, message.getIdentifier(), message.getPayloadType().getName(),
                aggregateId, aggregateSequence, message.getTimestamp(), letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null));
    }

    /** For the documented rebuild command. */
    List<String> resolve(String groups) {
        if (groups.isBlank() || groups.trim().equalsIgnoreCase("all")) {
            return groups();
        }
        return Arrays.stream(groups.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .peek(this::processor)
                .toList();
    }
}

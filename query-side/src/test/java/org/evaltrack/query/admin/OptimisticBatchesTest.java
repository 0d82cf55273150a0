package org.evaltrack.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/** Which events run careful: those of a failed optimistic batch, until the batch that ran them careful commits. */
class OptimisticBatchesTest {

    private static final String GROUP = "trail";

    private final OptimisticBatches batches = new OptimisticBatches();
    private final List<EventMessage<?>> events = List.of(event("a"), event("b"), event("c"));

    @Test
    void aFailedBatchMarksTheEventsThatRanInItButNotThoseAfterTheFailure() {
        runBatch(events, "b");

        assertThat(batches.isMarked(GROUP, events.get(0).getIdentifier())).isTrue();
        assertThat(batches.isMarked(GROUP, events.get(1).getIdentifier())).isTrue();
        assertThat(batches.isMarked(GROUP, events.get(2).getIdentifier())).as("never ran").isFalse();
        assertThat(batches.isMarked("totals", events.get(0).getIdentifier())).as("another group").isFalse();
    }

    @Test
    void theMarksAreDroppedOnceTheCarefulRetryCommits() {
        runBatch(events, "b");

        List<String> careful = runBatch(events, null);

        assertThat(careful).containsExactly(events.get(0).getIdentifier(), events.get(1).getIdentifier());
        assertThat(events).noneMatch(event -> batches.isMarked(GROUP, event.getIdentifier()));
        assertThat(runBatch(events, null)).as("the next batch is optimistic again").isEmpty();
    }

    @Test
    void aCarefulRetryThatRollsBackAgainKeepsItsMarks() {
        runBatch(events, "b");
        runBatch(events, "a");

        assertThat(batches.isMarked(GROUP, events.get(0).getIdentifier())).isTrue();
        assertThat(batches.isMarked(GROUP, events.get(1).getIdentifier())).isTrue();
    }

    @Test
    void aRetriedDeadLetterOrAHandlerOutsideAProcessorBatchIsAlwaysCareful() throws Exception {
        assertThat(batches.currentBatch(GROUP)).isNull();

        DefaultUnitOfWork<EventMessage<?>> letterRetry = DefaultUnitOfWork.startAndGet(events.get(0));
        DeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("a", events.get(0));
        letterRetry.resources().put(DeadLetter.class.getName(), letter);
        assertThat(letterRetry.executeWithResult(() -> batches.currentBatch(GROUP)).getPayload()).isNull();
    }

    /**
     * Runs the events in one processor-style batch as {@code HandlerSavepoints} would: careful when
     * marked, else optimistic; the event whose payload is {@code failOn} throws.
     *
     * @return the ids of the events that ran careful
     */
    private List<String> runBatch(List<EventMessage<?>> batch, String failOn) {
        List<String> careful = new ArrayList<>();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.executeWithResult(() -> {
            EventMessage<?> event = unitOfWork.getMessage();
            OptimisticBatches.Batch current = batches.currentBatch(GROUP);
            if (current.mustBeCareful(event.getIdentifier())) {
                current.handledCarefully(event.getIdentifier());
                careful.add(event.getIdentifier());
            } else {
                current.handlingFast(event.getIdentifier());
            }
            if (event.getPayload().equals(failOn)) {
                throw new IllegalStateException("refused " + failOn);
            }
            return null;
        });
        return careful;
    }

    private static EventMessage<?> event(String payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}

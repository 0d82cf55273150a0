package org.evaltrack.query.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Decides, per event and processing group, whether {@link HandlerSavepoints} may run a handler
 * without its savepoint and flush (fast) or must keep it apart from the rest of its batch (careful).
 * <p>
 * Why: the savepoint and flush per event were what limited a replay (BENCHMARKS.md), and almost no
 * event fails. So a processor's batch runs fast; any failure in it, in a handler or when the batch's
 * changes are flushed at commit, rolls the whole batch back (the token stays) and marks every event
 * that ran fast in it as careful. The retried batch runs those events under savepoints, as before,
 * so the one at fault is dead-lettered alone and the others commit once. Events after the failing
 * one were not marked and run fast again. Once a careful event's batch commits its mark is dropped.
 * <p>
 * The marks are only a hint kept in memory: a node that does not know them (a restart, another node
 * claiming the segment) runs the batch fast, fails the same way and marks it itself. Correctness
 * rests on the rollback, not on the marks. They are bounded so that events marked on this node and
 * then handled elsewhere cannot pile up.
 * <p>
 * Only a streaming processor's batch runs fast. A dead letter being retried, or a handler called
 * outside a processor, is always careful: there a failure must be decided per event, not rolled back.
 */
final class OptimisticBatches {

    private static final int MAX_MARKS = 100_000;
    private static final String RESOURCE = OptimisticBatches.class.getName() + "/";

    private final Set<String> careful = ConcurrentHashMap.newKeySet();

    /** The batch this handler call belongs to, or null when it must be careful whatever its marks. */
    Batch currentBatch(String group) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        UnitOfWork<?> root = current.root();
        if (!(root instanceof BatchingUnitOfWork<?>)
                || current.resources().containsKey(DeadLetter.class.getName())
                || root.resources().containsKey(DeadLetter.class.getName())) {
            return null;
        }
        return root.getOrComputeResource(RESOURCE + group, key -> {
            Batch batch = new Batch(group);
            root.onRollback(unitOfWork -> batch.rolledBack());
            root.afterCommit(unitOfWork -> batch.committed());
            return batch;
        });
    }

    boolean isMarked(String group, String eventId) {
        return careful.contains(key(group, eventId));
    }

    private static String key(String group, String eventId) {
        return group + '\u0000' + eventId;
    }

    /** What one processing group's batch handled so far; used on one worker thread only. */
    final class Batch {

        private final String group;
        private final List<String> fast = new ArrayList<>();
        private final List<String> carefulDone = new ArrayList<>();

        private Batch(String group) {
            this.group = group;
        }

        boolean mustBeCareful(String eventId) {
            return isMarked(group, eventId);
        }

        /** @return whether it is the first event of the batch run fast */
        boolean handlingFast(String eventId) {
            fast.add(key(group, eventId));
            return fast.size() == 1;
        }

        void handledCarefully(String eventId) {
            carefulDone.add(key(group, eventId));
        }

        private void rolledBack() {
            if (careful.size() + fast.size() > MAX_MARKS) {
                careful.clear();
            }
            careful.addAll(fast);
        }

        private void committed() {
            carefulDone.forEach(careful::remove);
        }
    }
}

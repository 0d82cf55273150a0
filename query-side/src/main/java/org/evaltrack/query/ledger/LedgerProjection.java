package org.evaltrack.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.evaltrack.query.config.ReadModels;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.ledger.TaskAssigned;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.kernel.ledger.TaskReassigned;
import org.evaltrack.kernel.ledger.TaskReopened;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the task ledgers. Every task event updates the task's current row (by primary key), ends the
 * history row of the previous state (by primary key: the previous revision) and inserts the new state
 * as a history row. Nothing is read by scan, so a batch of events costs a few key lookups each.
 *
 * <p>Units, assessments and evidence are kept in rows of their own and joined when a ledger is read:
 * they come from other aggregates, so under the default per-aggregate sequencing their events may be
 * handled after the ledger events that refer to them.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class LedgerProjection {

    private final EntityManager entityManager;
    private final TransactionTemplate transactionTemplate;

    LedgerProjection(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    @EventHandler
    void on(UnitRegistered event) {
        if (entityManager.find(LedgerUnitRecord.class, event.unitId().value()) == null) {
            entityManager.persist(new LedgerUnitRecord(event.unitId().value(), event.name()));
        }
    }

    @EventHandler
    void on(AssessmentOpened event) {
        if (entityManager.find(LedgerAssessmentRecord.class, event.assessmentId().value()) == null) {
            entityManager.persist(new LedgerAssessmentRecord(event.assessmentId().value(), event.unitId().value()));
        }
    }

    /** Evidence linked to no task can close none, so it is not kept. */
    @EventHandler
    void on(EvidenceAttached event) {
        if (event.taskIds().isEmpty()) {
            return;
        }
        var key = new LedgerEvidenceRecord.Key(event.assessmentId().value(), event.evidenceId().value());
        if (entityManager.find(LedgerEvidenceRecord.class, key) == null) {
            entityManager.persist(new LedgerEvidenceRecord(key, event.fileName(), event.receivedAt()));
        }
    }

    @EventHandler
    void on(TaskAssigned event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(ActorMetaData.USER_ID) String actor) {
        var key = new LedgerTaskRecord.Key(event.assessmentId().value(), event.taskId().value());
        if (entityManager.find(LedgerTaskRecord.class, key) != null) {
            return;
        }
        LedgerTaskRecord task = LedgerTaskRecord.assigned(key, event.indicatorCode(), event.title(),
                event.requiredItem(), event.leaderId().value(), event.department(), event.dueDate(),
                event.assignedAt(), at, sequence);
        entityManager.persist(task);
        entityManager.persist(task.snapshot(ChangeKind.ASSIGNED, actor, null));
    }

    @EventHandler
    void on(TaskReassigned event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(ActorMetaData.USER_ID) String actor) {
        change(new LedgerTaskRecord.Key(event.ledgerId().assessmentId().value(), event.taskId().value()), at,
                sequence, ChangeKind.REASSIGNED, actor, event.reason(),
                task -> task.reassign(event.leaderId().value(), event.department()));
    }

    @EventHandler
    void on(TaskClosedOut event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(ActorMetaData.USER_ID) String actor) {
        change(new LedgerTaskRecord.Key(event.assessmentId().value(), event.taskId().value()), at, sequence,
                ChangeKind.CLOSED_OUT, actor, null,
                task -> task.closeOut(event.evidenceId().value(), event.closedAt(), event.overdue()));
    }

    @EventHandler
    void on(TaskReopened event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(ActorMetaData.USER_ID) String actor) {
        change(new LedgerTaskRecord.Key(event.assessmentId().value(), event.taskId().value()), at, sequence,
                ChangeKind.REOPENED, actor, event.reason(), LedgerTaskRecord::reopen);
    }

    @ResetHandler
    void reset() {
        transactionTemplate.executeWithoutResult(status -> {
            for (String entity : List.of("LedgerTaskHistoryRecord", "LedgerTaskRecord", "LedgerEvidenceRecord",
                    "LedgerAssessmentRecord", "LedgerUnitRecord")) {
                entityManager.createQuery("delete from " + entity).executeUpdate();
            }
            entityManager.clear();
        });
    }

    private void change(LedgerTaskRecord.Key key, Instant at, long sequence, ChangeKind kind, String actor,
                        String reason, Consumer<LedgerTaskRecord> change) {
        LedgerTaskRecord task = entityManager.find(LedgerTaskRecord.class, key);
        if (task == null) {
            // The ledger aggregate emits TaskAssigned first; a missing row means the read model is broken.
            throw new IllegalStateException("ledger task " + key + " was never assigned");
        }
        if (task.alreadyApplied(sequence)) {
            return;
        }
        LedgerTaskHistoryRecord previous = entityManager.find(LedgerTaskHistoryRecord.class,
                new LedgerTaskHistoryRecord.Key(key.assessmentId(), key.taskId(), task.revision()));
        previous.endAt(at);
        change.accept(task);
        task.changed(at, sequence);
        entityManager.persist(task.snapshot(kind, actor, reason));
    }
}

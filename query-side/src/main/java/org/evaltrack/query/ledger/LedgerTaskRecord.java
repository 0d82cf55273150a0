package org.evaltrack.query.ledger;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The current state of one task, found by primary key for every ledger event. */
@Entity(name = "LedgerTaskRecord")
@Table(name = "ledger_task")
class LedgerTaskRecord extends TaskState {

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "task_id") String taskId) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "changed_at")
    private Instant changedAt;

    private int revision;

    @Column(name = "last_sequence")
    private long lastSequence;

    protected LedgerTaskRecord() {
    }

    static LedgerTaskRecord assigned(Key id, String indicatorCode, String title, String requiredItem, String leaderId,
                                     String department, LocalDate dueDate, Instant assignedAt, Instant at, long sequence) {
        LedgerTaskRecord task = new LedgerTaskRecord();
        task.id = id;
        task.indicatorCode = indicatorCode;
        task.title = title;
        task.requiredItem = requiredItem;
        task.leaderId = leaderId;
        task.department = department;
        task.dueDate = dueDate;
        task.assignedAt = assignedAt;
        task.closed = false;
        task.changedAt = at;
        task.revision = 1;
        task.lastSequence = sequence;
        return task;
    }

    /** Events of one ledger arrive in sequence order; one at or below the last applied was applied already. */
    boolean alreadyApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void reassign(String leaderId, String department) {
        this.leaderId = leaderId;
        this.department = department;
    }

    void closeOut(String evidenceId, Instant closedAt, boolean late) {
        this.closed = true;
        this.closedAt = closedAt;
        this.closedLate = late;
        this.closedByEvidenceId = evidenceId;
    }

    void reopen() {
        this.closed = false;
        this.closedAt = null;
        this.closedLate = null;
        this.closedByEvidenceId = null;
    }

    /** Counts the change just made; the caller records the new state as a history row. */
    void changed(Instant at, long sequence) {
        this.revision++;
        this.changedAt = at;
        this.lastSequence = sequence;
    }

    LedgerTaskHistoryRecord snapshot(ChangeKind kind, String changedBy, String reason) {
        return new LedgerTaskHistoryRecord(
                new LedgerTaskHistoryRecord.Key(id.assessmentId(), id.taskId(), revision), changedAt, kind, changedBy,
                reason, this);
    }

    Key id() {
        return id;
    }

    int revision() {
        return revision;
    }
}

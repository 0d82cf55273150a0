package org.evaltrack.query.ledger;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One state a task was in, and from when to when; the last one of a task has no end. */
@Entity(name = "LedgerTaskHistoryRecord")
@Table(name = "ledger_task_history")
class LedgerTaskHistoryRecord extends TaskState {

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "task_id") String taskId,
               @Column(name = "revision") int revision) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private ChangeKind changeKind;

    @Column(name = "changed_by")
    private String changedBy;

    private String reason;

    protected LedgerTaskHistoryRecord() {
    }

    LedgerTaskHistoryRecord(Key id, Instant validFrom, ChangeKind changeKind, String changedBy, String reason,
                            TaskState state) {
        this.id = id;
        this.validFrom = validFrom;
        this.changeKind = changeKind;
        this.changedBy = changedBy;
        this.reason = reason;
        copyFrom(state);
    }

    void endAt(Instant at) {
        this.validTo = at;
    }
}

package org.evaltrack.query.ledger;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** What a task is at one moment; the current row and each history row hold a full copy of it. */
@MappedSuperclass
abstract class TaskState {

    @Column(name = "indicator_code")
    protected String indicatorCode;
    protected String title;
    @Column(name = "required_item")
    protected String requiredItem;
    @Column(name = "leader_id")
    protected String leaderId;
    protected String department;
    @Column(name = "due_date")
    protected LocalDate dueDate;
    @Column(name = "assigned_at")
    protected Instant assignedAt;
    protected boolean closed;
    @Column(name = "closed_at")
    protected Instant closedAt;
    @Column(name = "closed_late")
    protected Boolean closedLate;
    @Column(name = "closed_by_evidence_id")
    protected String closedByEvidenceId;

    protected TaskState() {
    }

    protected void copyFrom(TaskState other) {
        this.indicatorCode = other.indicatorCode;
        this.title = other.title;
        this.requiredItem = other.requiredItem;
        this.leaderId = other.leaderId;
        this.department = other.department;
        this.dueDate = other.dueDate;
        this.assignedAt = other.assignedAt;
        this.closed = other.closed;
        this.closedAt = other.closedAt;
        this.closedLate = other.closedLate;
        this.closedByEvidenceId = other.closedByEvidenceId;
    }
}

package org.evaltrack.query.trail;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.evaltrack.kernel.query.trail.TrailEntryKind;

/**
 * One row of the audit trail. Written once and never changed: the projection only persists new
 * rows, and the query handler reads them with SQL, so no entity instance outlives its batch.
 */
@Entity(name = "TrailEntryRecord")
@Table(name = "trail_entry")
class TrailEntryRecord {

    @EmbeddedId
    private Key id;

    @Column(name = "assessment_id")
    private String assessmentId;

    @Column(name = "scheme_id")
    private String schemeId;

    @Column(name = "unit_id")
    private String unitId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "sequence_no")
    private long sequenceNo;

    @Enumerated(EnumType.STRING)
    private TrailEntryKind kind;

    @Column(name = "actor_user_id")
    private String actorUserId;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "correlation_id")
    private String correlationId;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "score_before")
    private BigDecimal scoreBefore;

    @Column(name = "score_after")
    private BigDecimal scoreAfter;

    @Column(name = "state_before")
    private String stateBefore;

    @Column(name = "state_after")
    private String stateAfter;

    @Column(name = "subject_id")
    private String subjectId;

    @Column(name = "subject_name")
    private String subjectName;

    @Column(name = "duplicate_of")
    private String duplicateOf;

    private Boolean late;

    private String reason;

    @Column(name = "after_submission")
    private boolean afterSubmission;

    /** 补录: when the entry happened, as stated; the row's occurred_at is when it was recorded. */
    @Column(name = "stated_at")
    private Instant statedAt;

    @Column(name = "stated_reason")
    private String statedReason;

    protected TrailEntryRecord() {
    }

    TrailEntryRecord(EventFacts facts, int line, TrailAssessmentRecord assessment, TrailEntryKind kind) {
        this.id = new Key(facts.eventId(), line);
        this.assessmentId = assessment.assessmentId();
        this.schemeId = assessment.schemeId();
        this.unitId = assessment.unitId();
        this.occurredAt = facts.occurredAt();
        this.sequenceNo = facts.sequenceNo();
        this.kind = kind;
        this.actorUserId = facts.userId();
        this.actorRole = facts.role();
        this.correlationId = facts.correlationId();
        this.afterSubmission = assessment.submissionInForce();
        if (facts.afterTheFact() != null) {
            this.statedAt = facts.afterTheFact().statedAt();
            this.statedReason = facts.afterTheFact().reason();
        }
    }

    TrailEntryRecord indicator(String indicatorCode) {
        this.indicatorCode = indicatorCode;
        return this;
    }

    TrailEntryRecord scores(BigDecimal before, BigDecimal after) {
        this.scoreBefore = before;
        this.scoreAfter = after;
        return this;
    }

    TrailEntryRecord states(String before, String after) {
        this.stateBefore = before;
        this.stateAfter = after;
        return this;
    }

    TrailEntryRecord subject(String subjectId, String subjectName) {
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        return this;
    }

    TrailEntryRecord duplicateOf(String duplicateOf) {
        this.duplicateOf = duplicateOf;
        return this;
    }

    TrailEntryRecord late(Boolean late) {
        this.late = late;
        return this;
    }

    TrailEntryRecord reason(String reason) {
        this.reason = reason;
        return this;
    }

    String eventId() {
        return id.eventId;
    }

    int line() {
        return id.lineNo;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "event_id")
        private String eventId;

        @Column(name = "line_no")
        private int lineNo;

        protected Key() {
        }

        Key(String eventId, int lineNo) {
            this.eventId = eventId;
            this.lineNo = lineNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && eventId.equals(k.eventId) && lineNo == k.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, lineNo);
        }
    }
}

package org.evaltrack.query.totals;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * How many pieces of evidence are active for one indicator code of an assessment: attached less
 * withdrawn or rejected. Kept for any code an event names; the answers show the scheme's codes only.
 */
@Entity(name = "TotalsEvidenceCountRecord")
@Table(name = "totals_evidence")
class EvidenceCountRecord {

    @EmbeddedId
    private Key id;

    @Column(name = "evidence_count")
    private int count;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    /** The event that changed it last, so a delivery of that event again is not counted twice. */
    @Column(name = "last_event_id")
    private String lastEventId;

    protected EvidenceCountRecord() {
    }

    EvidenceCountRecord(String assessmentId, String indicatorCode) {
        this.id = new Key(assessmentId, indicatorCode);
    }

    /** @param delta +1 for evidence attached, -1 for evidence withdrawn or rejected (never below zero) */
    void change(int delta, String eventId, Instant at) {
        if (eventId.equals(lastEventId)) {
            return;
        }
        count = Math.max(0, count + delta);
        lastEventId = eventId;
        lastChangedAt = at;
    }

    String assessmentId() {
        return id.assessmentId;
    }

    String indicatorCode() {
        return id.indicatorCode;
    }

    int count() {
        return count;
    }

    Instant lastChangedAt() {
        return lastChangedAt;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "assessment_id")
        private String assessmentId;

        @Column(name = "indicator_code")
        private String indicatorCode;

        protected Key() {
        }

        Key(String assessmentId, String indicatorCode) {
            this.assessmentId = assessmentId;
            this.indicatorCode = indicatorCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && assessmentId.equals(k.assessmentId) && indicatorCode.equals(k.indicatorCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, indicatorCode);
        }
    }
}

package org.evaltrack.query.trail;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Evidence a trail row names beside its subject, e.g. the evidence supporting a bonus claim. */
@Entity(name = "TrailEntryEvidenceRecord")
@Table(name = "trail_entry_evidence")
class TrailEntryEvidenceRecord {

    @EmbeddedId
    private Key id;

    protected TrailEntryEvidenceRecord() {
    }

    TrailEntryEvidenceRecord(String eventId, int line, String evidenceId) {
        this.id = new Key(eventId, line, evidenceId);
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "event_id")
        private String eventId;

        @Column(name = "line_no")
        private int lineNo;

        @Column(name = "evidence_id")
        private String evidenceId;

        protected Key() {
        }

        Key(String eventId, int lineNo, String evidenceId) {
            this.eventId = eventId;
            this.lineNo = lineNo;
            this.evidenceId = evidenceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && eventId.equals(k.eventId) && lineNo == k.lineNo && evidenceId.equals(k.evidenceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, lineNo, evidenceId);
        }
    }
}

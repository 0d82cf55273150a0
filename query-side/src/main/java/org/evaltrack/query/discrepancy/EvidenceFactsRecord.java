package org.evaltrack.query.discrepancy;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A piece of evidence: whether it still counts and whether it is late, with the events that say so. */
@Entity(name = "DiscrepancyEvidenceRecord")
@Table(name = "discrepancy_evidence")
class EvidenceFactsRecord {

    @EmbeddedId
    Key id;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "received_at")
    Instant receivedAt;

    @Column(name = "captured_at")
    Instant capturedAt;

    @Column(name = "evidence_due")
    Instant evidenceDue;

    boolean late;

    boolean active;

    @Column(name = "attached_event_id")
    String attachedEventId;

    @Column(name = "late_event_id")
    String lateEventId;

    protected EvidenceFactsRecord() {
    }

    EvidenceFactsRecord(String assessmentId, String evidenceId, String fileName, Instant receivedAt, Instant capturedAt,
                        Instant evidenceDue, boolean late, String eventId) {
        this.id = new Key(assessmentId, evidenceId);
        this.fileName = fileName;
        this.receivedAt = receivedAt;
        this.capturedAt = capturedAt;
        this.evidenceDue = evidenceDue;
        this.late = late;
        this.active = true;
        this.attachedEventId = eventId;
        this.lateEventId = eventId;
    }

    void captureTimeAccepted(Instant capturedAt, Instant evidenceDue, boolean late, String eventId) {
        this.capturedAt = capturedAt;
        this.evidenceDue = evidenceDue;
        this.late = late;
        this.lateEventId = eventId;
    }

    void removed() {
        this.active = false;
    }

    String evidenceId() {
        return id.evidenceId;
    }

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "evidence_id") String evidenceId) implements Serializable {
    }
}

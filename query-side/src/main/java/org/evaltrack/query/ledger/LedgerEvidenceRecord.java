package org.evaltrack.query.ledger;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Evidence linked to tasks: its file name and receipt time are shown on the tasks it closed. */
@Entity(name = "LedgerEvidenceRecord")
@Table(name = "ledger_evidence")
class LedgerEvidenceRecord {

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "evidence_id") String evidenceId) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected LedgerEvidenceRecord() {
    }

    LedgerEvidenceRecord(Key id, String fileName, Instant receivedAt) {
        this.id = id;
        this.fileName = fileName;
        this.receivedAt = receivedAt;
    }
}

package org.evaltrack.query.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.query.evidence.EvidenceFileView;
import org.evaltrack.kernel.query.evidence.EvidenceState;
import org.evaltrack.kernel.unit.UnitId;

/** One piece of evidence as a download needs it. */
@Entity(name = "EvidenceFileRecord")
@Table(name = "evidence_file")
class EvidenceFileRecord {

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "evidence_id") String evidenceId) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "unit_id")
    private String unitId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "captured_at")
    private Instant capturedAt;

    @Column(name = "client_hash_verified")
    private boolean clientHashVerified;

    @Enumerated(EnumType.STRING)
    private EvidenceState state;

    protected EvidenceFileRecord() {
    }

    EvidenceFileRecord(EvidenceAttached event) {
        this.id = new Key(event.assessmentId().value(), event.evidenceId().value());
        this.unitId = event.unitId().value();
        this.fileName = event.fileName();
        this.mediaType = event.mediaType();
        this.sizeBytes = event.sizeBytes();
        this.sha256 = event.sha256();
        this.receivedAt = event.receivedAt();
        this.capturedAt = event.capturedAt();
        this.clientHashVerified = event.clientHashVerified();
        this.state = EvidenceState.ACTIVE;
    }

    void state(EvidenceState state) {
        this.state = state;
    }

    EvidenceFileView view() {
        return new EvidenceFileView(AssessmentId.of(id.assessmentId()), EvidenceId.of(id.evidenceId()), UnitId.of(unitId),
                fileName, mediaType, sizeBytes, sha256, receivedAt, capturedAt, clientHashVerified, state);
    }
}

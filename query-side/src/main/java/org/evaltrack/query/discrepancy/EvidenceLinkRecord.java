package org.evaltrack.query.discrepancy;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Evidence serves an indicator. Whether it still counts is on the evidence row. */
@Entity(name = "DiscrepancyEvidenceLinkRecord")
@Table(name = "discrepancy_evidence_link")
class EvidenceLinkRecord {

    @EmbeddedId
    Key id;

    protected EvidenceLinkRecord() {
    }

    EvidenceLinkRecord(String assessmentId, String evidenceId, String indicatorCode) {
        this.id = new Key(assessmentId, evidenceId, indicatorCode);
    }

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "evidence_id") String evidenceId,
               @Column(name = "indicator_code") String indicatorCode) implements Serializable {
    }
}

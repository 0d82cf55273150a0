package org.evaltrack.query.trail;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Evidence as the trail needs it when later events name it by id only: its file name, indicators and lateness. */
@Entity(name = "TrailEvidenceRecord")
@Table(name = "trail_evidence")
class TrailEvidenceRecord {

    @EmbeddedId
    private Key id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "indicator_codes")
    private String indicatorCodes;

    private boolean late;

    protected TrailEvidenceRecord() {
    }

    TrailEvidenceRecord(String assessmentId, String evidenceId, String fileName, Collection<String> indicatorCodes, boolean late) {
        this.id = new Key(assessmentId, evidenceId);
        this.fileName = fileName;
        this.indicatorCodes = String.join(",", indicatorCodes.stream().sorted().toList());
        this.late = late;
    }

    String fileName() {
        return fileName;
    }

    List<String> indicatorCodes() {
        return indicatorCodes.isEmpty() ? List.of() : Arrays.asList(indicatorCodes.split(","));
    }

    boolean late() {
        return late;
    }

    void lateness(boolean late) {
        this.late = late;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "assessment_id")
        private String assessmentId;

        @Column(name = "evidence_id")
        private String evidenceId;

        protected Key() {
        }

        Key(String assessmentId, String evidenceId) {
            this.assessmentId = assessmentId;
            this.evidenceId = evidenceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && assessmentId.equals(k.assessmentId) && evidenceId.equals(k.evidenceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, evidenceId);
        }
    }
}

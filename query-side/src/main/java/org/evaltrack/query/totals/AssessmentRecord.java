package org.evaltrack.query.totals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which scheme and unit an assessment belongs to, its year, since when it exists, and when evidence
 * was last attached or taken back (evidence moves no score, so no item records it).
 */
@Entity(name = "TotalsAssessmentRecord")
@Table(name = "totals_assessment")
class AssessmentRecord {

    @Id
    @Column(name = "assessment_id")
    private String assessmentId;

    @Column(name = "scheme_id")
    private String schemeId;

    @Column(name = "unit_id")
    private String unitId;

    @Column(name = "scheme_year")
    private int year;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "last_evidence_at")
    private Instant lastEvidenceAt;

    protected AssessmentRecord() {
    }

    AssessmentRecord(String assessmentId, String schemeId, String unitId, int year, Instant openedAt) {
        this.assessmentId = assessmentId;
        this.schemeId = schemeId;
        this.unitId = unitId;
        this.year = year;
        this.openedAt = openedAt;
    }

    void evidenceChanged(Instant at) {
        if (lastEvidenceAt == null || at.isAfter(lastEvidenceAt)) {
            lastEvidenceAt = at;
        }
    }

    String assessmentId() {
        return assessmentId;
    }

    String schemeId() {
        return schemeId;
    }

    String unitId() {
        return unitId;
    }

    int year() {
        return year;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant lastEvidenceAt() {
        return lastEvidenceAt;
    }
}

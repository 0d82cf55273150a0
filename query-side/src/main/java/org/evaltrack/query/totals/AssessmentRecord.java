package org.evaltrack.query.totals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which scheme and unit an assessment belongs to, and since when it exists. */
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

    @Column(name = "opened_at")
    private Instant openedAt;

    protected AssessmentRecord() {
    }

    AssessmentRecord(String assessmentId, String schemeId, String unitId, Instant openedAt) {
        this.assessmentId = assessmentId;
        this.schemeId = schemeId;
        this.unitId = unitId;
        this.openedAt = openedAt;
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

    Instant openedAt() {
        return openedAt;
    }
}

package org.evaltrack.query.trail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.evaltrack.kernel.assessment.AssessmentStatus;

/** What the trail must know of an assessment to write a row: where it belongs, its status and veto state. */
@Entity(name = "TrailAssessmentRecord")
@Table(name = "trail_assessment")
class TrailAssessmentRecord {

    @Id
    @Column(name = "assessment_id")
    private String assessmentId;

    @Column(name = "scheme_id")
    private String schemeId;

    @Column(name = "unit_id")
    private String unitId;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Column(name = "veto_count")
    private int vetoCount;

    protected TrailAssessmentRecord() {
    }

    TrailAssessmentRecord(String assessmentId, String schemeId, String unitId) {
        this.assessmentId = assessmentId;
        this.schemeId = schemeId;
        this.unitId = unitId;
        this.status = AssessmentStatus.OPEN;
    }

    /** A submission is in force from SelfAssessmentSubmitted until a reopen back to OPEN. */
    boolean submissionInForce() {
        return status != AssessmentStatus.OPEN;
    }

    void statusChanged(AssessmentStatus status) {
        this.status = status;
    }

    void vetoApplied() {
        vetoCount++;
    }

    void vetoLifted() {
        vetoCount = Math.max(0, vetoCount - 1);
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

    AssessmentStatus status() {
        return status;
    }

    boolean vetoed() {
        return vetoCount > 0;
    }
}

package org.evaltrack.query.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which unit an assessment belongs to, so a reader bound to a unit can be told apart without another model. */
@Entity(name = "ReportAssessmentRecord")
@Table(name = "report_assessment")
class ReportAssessmentRecord {

    @Id
    @Column(name = "assessment_id")
    String assessmentId;

    @Column(name = "unit_id")
    String unitId;

    protected ReportAssessmentRecord() {
    }

    ReportAssessmentRecord(String assessmentId, String unitId) {
        this.assessmentId = assessmentId;
        this.unitId = unitId;
    }
}

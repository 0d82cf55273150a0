package org.evaltrack.query.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which unit an assessment (and so its ledger) belongs to. */
@Entity(name = "LedgerAssessmentRecord")
@Table(name = "ledger_assessment")
class LedgerAssessmentRecord {

    @Id
    @Column(name = "assessment_id")
    private String assessmentId;

    @Column(name = "unit_id")
    private String unitId;

    protected LedgerAssessmentRecord() {
    }

    LedgerAssessmentRecord(String assessmentId, String unitId) {
        this.assessmentId = assessmentId;
        this.unitId = unitId;
    }
}

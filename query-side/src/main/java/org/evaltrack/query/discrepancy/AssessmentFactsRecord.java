package org.evaltrack.query.discrepancy;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.evaltrack.kernel.assessment.AssessmentStatus;

/** An assessment: whose, under which scheme, where it stands, and the totals the unit last declared. */
@Entity(name = "DiscrepancyAssessmentRecord")
@Table(name = "discrepancy_assessment")
class AssessmentFactsRecord {

    @Id
    @Column(name = "assessment_id")
    String assessmentId;

    @Column(name = "scheme_id")
    String schemeId;

    @Column(name = "unit_id")
    String unitId;

    @Enumerated(EnumType.STRING)
    AssessmentStatus status;

    @Column(name = "opened_event_id")
    String openedEventId;

    @Column(name = "declared_base")
    BigDecimal declaredBase;

    @Column(name = "declared_bonus")
    BigDecimal declaredBonus;

    @Column(name = "declared_total")
    BigDecimal declaredTotal;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "submitted_event_id")
    String submittedEventId;

    @Column(name = "finalized_event_id")
    String finalizedEventId;

    protected AssessmentFactsRecord() {
    }

    AssessmentFactsRecord(String assessmentId, String schemeId, String unitId, String openedEventId) {
        this.assessmentId = assessmentId;
        this.schemeId = schemeId;
        this.unitId = unitId;
        this.status = AssessmentStatus.OPEN;
        this.openedEventId = openedEventId;
    }

    void submitted(BigDecimal base, BigDecimal bonus, BigDecimal total, Instant at, String eventId) {
        this.declaredBase = base;
        this.declaredBonus = bonus;
        this.declaredTotal = total;
        this.submittedAt = at;
        this.submittedEventId = eventId;
        this.status = AssessmentStatus.SUBMITTED;
    }

    void finalized(String eventId) {
        this.status = AssessmentStatus.FINALIZED;
        this.finalizedEventId = eventId;
    }

    void reopened(AssessmentStatus status) {
        this.status = status;
    }

    boolean declared() {
        return submittedEventId != null;
    }
}

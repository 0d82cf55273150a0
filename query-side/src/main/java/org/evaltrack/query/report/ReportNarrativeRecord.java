package org.evaltrack.query.report;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The narrative of an indicator's latest claim, the paragraph the report prints under the indicator. */
@Entity(name = "ReportNarrativeRecord")
@Table(name = "report_narrative")
class ReportNarrativeRecord {

    @EmbeddedId
    Key id;

    String narrative;

    @Column(name = "event_id")
    String eventId;

    protected ReportNarrativeRecord() {
    }

    ReportNarrativeRecord(Key id) {
        this.id = id;
    }

    void claimed(String narrative, String eventId) {
        this.narrative = narrative;
        this.eventId = eventId;
    }

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "indicator_code") String indicatorCode) implements Serializable {
    }
}

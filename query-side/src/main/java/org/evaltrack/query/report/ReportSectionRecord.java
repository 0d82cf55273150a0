package org.evaltrack.query.report;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The latest text of one free-text report section; a rewrite replaces it. */
@Entity(name = "ReportSectionRecord")
@Table(name = "report_section")
class ReportSectionRecord {

    @EmbeddedId
    Key id;

    String body;

    int revision;

    @Column(name = "written_at")
    Instant writtenAt;

    @Column(name = "event_id")
    String eventId;

    protected ReportSectionRecord() {
    }

    ReportSectionRecord(Key id) {
        this.id = id;
    }

    void written(String body, int revision, Instant writtenAt, String eventId) {
        this.body = body;
        this.revision = revision;
        this.writtenAt = writtenAt;
        this.eventId = eventId;
    }

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "kind") String kind) implements Serializable {
    }
}

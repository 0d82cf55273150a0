package org.evaltrack.query.discrepancy;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A figure reported in one revision of a claim (append-only). */
@Entity(name = "DiscrepancyFigureRecord")
@Table(name = "discrepancy_figure")
class FigureFactsRecord {

    @EmbeddedId
    Key id;

    String name;

    @Column(name = "value_text")
    String valueText;

    @Column(name = "unit_text")
    String unit;

    @Column(name = "event_id")
    String eventId;

    protected FigureFactsRecord() {
    }

    FigureFactsRecord(String assessmentId, String indicatorCode, int claimRevision, int sortOrder,
                      String name, String valueText, String unit, String eventId) {
        this.id = new Key(assessmentId, indicatorCode, claimRevision, sortOrder);
        this.name = name;
        this.valueText = valueText;
        this.unit = unit;
        this.eventId = eventId;
    }

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "indicator_code") String indicatorCode,
               @Column(name = "claim_revision") int claimRevision,
               @Column(name = "sort_order") int sortOrder) implements Serializable {
    }
}

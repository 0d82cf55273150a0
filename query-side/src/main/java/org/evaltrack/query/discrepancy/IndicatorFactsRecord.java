package org.evaltrack.query.discrepancy;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.evaltrack.kernel.scheme.ScoringMode;

/** An indicator with its current maximum and floor, and the assumption behind its maximum, if any. */
@Entity(name = "DiscrepancyIndicatorRecord")
@Table(name = "discrepancy_indicator")
class IndicatorFactsRecord {

    @EmbeddedId
    Key id;

    @Column(name = "category_code")
    String categoryCode;

    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "scoring_mode")
    ScoringMode scoringMode;

    @Column(name = "max_points")
    BigDecimal maxPoints;

    @Column(name = "floor_points")
    BigDecimal floor;

    String assumption;

    @Column(name = "sort_order")
    int sortOrder;

    @Column(name = "added_event_id")
    String addedEventId;

    @Column(name = "max_event_id")
    String maxEventId;

    protected IndicatorFactsRecord() {
    }

    IndicatorFactsRecord(String schemeId, String indicatorCode, String categoryCode, String name, ScoringMode scoringMode,
                         BigDecimal maxPoints, BigDecimal floor, String assumption, int sortOrder, String eventId) {
        this.id = new Key(schemeId, indicatorCode);
        this.categoryCode = categoryCode;
        this.name = name;
        this.scoringMode = scoringMode;
        this.maxPoints = maxPoints;
        this.floor = floor;
        this.assumption = assumption;
        this.sortOrder = sortOrder;
        this.addedEventId = eventId;
        this.maxEventId = eventId;
    }

    void revised(BigDecimal maxPoints, BigDecimal floor, String eventId) {
        this.maxPoints = maxPoints;
        this.floor = floor;
        this.maxEventId = eventId;
    }

    String code() {
        return id.indicatorCode;
    }

    boolean deductionOnly() {
        return scoringMode == ScoringMode.DEDUCTION_ONLY;
    }

    @Embeddable
    record Key(@Column(name = "scheme_id") String schemeId,
               @Column(name = "indicator_code") String indicatorCode) implements Serializable {
    }
}

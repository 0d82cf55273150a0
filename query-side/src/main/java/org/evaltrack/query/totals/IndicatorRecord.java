package org.evaltrack.query.totals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.evaltrack.kernel.scheme.ScoringMode;

/** An indicator of a scheme with its scoring mode and its current maximum and floor. */
@Entity(name = "TotalsIndicatorRecord")
@Table(name = "totals_indicator")
class IndicatorRecord {

    @EmbeddedId
    private Key id;

    @Column(name = "category_code")
    private String categoryCode;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "scoring_mode")
    private ScoringMode scoringMode;

    @Column(name = "max_points")
    private BigDecimal maxPoints;

    @Column(name = "floor_points")
    private BigDecimal floor;

    @Column(name = "sort_order")
    private int sortOrder;

    protected IndicatorRecord() {
    }

    IndicatorRecord(String schemeId, String indicatorCode, String categoryCode, String name, ScoringMode scoringMode,
                    BigDecimal maxPoints, BigDecimal floor, int sortOrder) {
        this.id = new Key(schemeId, indicatorCode);
        this.categoryCode = categoryCode;
        this.name = name;
        this.scoringMode = scoringMode;
        this.maxPoints = maxPoints;
        this.floor = floor;
        this.sortOrder = sortOrder;
    }

    void revise(BigDecimal maxPoints, BigDecimal floor) {
        this.maxPoints = maxPoints;
        this.floor = floor;
    }

    String indicatorCode() {
        return id.indicatorCode;
    }

    String categoryCode() {
        return categoryCode;
    }

    String name() {
        return name;
    }

    ScoringMode scoringMode() {
        return scoringMode;
    }

    BigDecimal maxPoints() {
        return maxPoints;
    }

    BigDecimal floor() {
        return floor;
    }

    int sortOrder() {
        return sortOrder;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "scheme_id")
        private String schemeId;

        @Column(name = "indicator_code")
        private String indicatorCode;

        protected Key() {
        }

        Key(String schemeId, String indicatorCode) {
            this.schemeId = schemeId;
            this.indicatorCode = indicatorCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && schemeId.equals(k.schemeId) && indicatorCode.equals(k.indicatorCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schemeId, indicatorCode);
        }
    }
}

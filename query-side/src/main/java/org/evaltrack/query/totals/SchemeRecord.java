package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scheme's year, title, bonus cap, whether it is published and when it was closed; counts its categories and indicators to keep them in scheme order. */
@Entity(name = "TotalsSchemeRecord")
@Table(name = "totals_scheme")
class SchemeRecord {

    @Id
    @Column(name = "scheme_id")
    private String schemeId;

    @Column(name = "scheme_year")
    private int year;

    private String title;

    @Column(name = "bonus_cap")
    private BigDecimal bonusCap;

    private boolean published;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "category_count")
    private int categoryCount;

    @Column(name = "indicator_count")
    private int indicatorCount;

    protected SchemeRecord() {
    }

    SchemeRecord(String schemeId, int year, String title, BigDecimal bonusCap) {
        this.schemeId = schemeId;
        this.year = year;
        this.title = title;
        this.bonusCap = bonusCap;
    }

    int nextCategoryPosition() {
        return ++categoryCount;
    }

    int nextIndicatorPosition() {
        return ++indicatorCount;
    }

    void markPublished() {
        this.published = true;
    }

    /** null: no cap. */
    void reviseBonusCap(BigDecimal bonusCap) {
        this.bonusCap = bonusCap;
    }

    void markClosed(Instant closedAt) {
        this.closedAt = closedAt;
    }

    String schemeId() {
        return schemeId;
    }

    String title() {
        return title;
    }

    BigDecimal bonusCap() {
        return bonusCap;
    }
}

package org.evaltrack.query.scorecard;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the scorecard needs of a scheme: its cap on bonus points and the running order of its indicators. */
@Entity(name = "ScorecardSchemeRecord")
@Table(name = "scorecard_scheme")
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

    /** The position the next indicator takes in the scheme's running order. */
    int nextIndicatorPosition() {
        return ++indicatorCount;
    }

    void markPublished() {
        this.published = true;
    }

    String schemeId() {
        return schemeId;
    }

    int year() {
        return year;
    }

    String title() {
        return title;
    }

    BigDecimal bonusCap() {
        return bonusCap;
    }

    boolean published() {
        return published;
    }
}

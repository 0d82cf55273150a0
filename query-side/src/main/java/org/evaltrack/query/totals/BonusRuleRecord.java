package org.evaltrack.query.totals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A bonus level a scheme rewards, with its name and points per item; a later rule for the level replaces it. */
@Entity(name = "TotalsBonusRuleRecord")
@Table(name = "totals_bonus_rule")
class BonusRuleRecord {

    @EmbeddedId
    private Key id;

    private String name;

    @Column(name = "points_per_item")
    private BigDecimal pointsPerItem;

    @Column(name = "sort_order")
    private int sortOrder;

    protected BonusRuleRecord() {
    }

    BonusRuleRecord(String schemeId, String level, String name, BigDecimal pointsPerItem, int sortOrder) {
        this.id = new Key(schemeId, level);
        this.name = name;
        this.pointsPerItem = pointsPerItem;
        this.sortOrder = sortOrder;
    }

    void redefine(String name, BigDecimal pointsPerItem) {
        this.name = name;
        this.pointsPerItem = pointsPerItem;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "scheme_id")
        private String schemeId;

        @Column(name = "bonus_level")
        private String level;

        protected Key() {
        }

        Key(String schemeId, String level) {
            this.schemeId = schemeId;
            this.level = level;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && schemeId.equals(k.schemeId) && level.equals(k.level);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schemeId, level);
        }
    }
}

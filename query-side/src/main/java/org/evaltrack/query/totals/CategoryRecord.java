package org.evaltrack.query.totals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A category of a scheme with its current budget. */
@Entity(name = "TotalsCategoryRecord")
@Table(name = "totals_category")
class CategoryRecord {

    @EmbeddedId
    private Key id;

    private String section;

    private String name;

    private BigDecimal budget;

    @Column(name = "sort_order")
    private int sortOrder;

    protected CategoryRecord() {
    }

    CategoryRecord(String schemeId, String categoryCode, String section, String name, BigDecimal budget, int sortOrder) {
        this.id = new Key(schemeId, categoryCode);
        this.section = section;
        this.name = name;
        this.budget = budget;
        this.sortOrder = sortOrder;
    }

    void revise(BigDecimal budget) {
        this.budget = budget;
    }

    String categoryCode() {
        return id.categoryCode;
    }

    String section() {
        return section;
    }

    String name() {
        return name;
    }

    BigDecimal budget() {
        return budget;
    }

    int sortOrder() {
        return sortOrder;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "scheme_id")
        private String schemeId;

        @Column(name = "category_code")
        private String categoryCode;

        protected Key() {
        }

        Key(String schemeId, String categoryCode) {
            this.schemeId = schemeId;
            this.categoryCode = categoryCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && schemeId.equals(k.schemeId) && categoryCode.equals(k.categoryCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schemeId, categoryCode);
        }
    }
}

package org.evaltrack.query.scorecard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A category of a scheme, kept so indicator rows can carry the category's name. */
@Entity(name = "ScorecardSchemeCategoryRecord")
@Table(name = "scorecard_scheme_category")
class SchemeCategoryRecord {

    @EmbeddedId
    private Key id;

    private String section;

    private String name;

    private BigDecimal budget;

    protected SchemeCategoryRecord() {
    }

    SchemeCategoryRecord(String schemeId, String categoryCode, String section, String name, BigDecimal budget) {
        this.id = new Key(schemeId, categoryCode);
        this.section = section;
        this.name = name;
        this.budget = budget;
    }

    String name() {
        return name;
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

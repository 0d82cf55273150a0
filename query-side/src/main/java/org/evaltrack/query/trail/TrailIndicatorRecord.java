package org.evaltrack.query.trail;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An indicator's name, joined to trail rows when they are read. */
@Entity(name = "TrailIndicatorRecord")
@Table(name = "trail_indicator")
class TrailIndicatorRecord {

    @EmbeddedId
    private Key id;

    private String name;

    protected TrailIndicatorRecord() {
    }

    TrailIndicatorRecord(String schemeId, String indicatorCode, String name) {
        this.id = new Key(schemeId, indicatorCode);
        this.name = name;
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

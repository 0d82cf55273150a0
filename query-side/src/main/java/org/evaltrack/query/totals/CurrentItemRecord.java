package org.evaltrack.query.totals;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The current state of one item of an assessment; read and replaced by primary key. */
@Entity(name = "TotalsCurrentItemRecord")
@Table(name = "totals_item")
class CurrentItemRecord {

    @EmbeddedId
    private Key id;

    @Embedded
    private ItemState state;

    protected CurrentItemRecord() {
    }

    CurrentItemRecord(String assessmentId, String itemKey, ItemState state) {
        this.id = new Key(assessmentId, itemKey);
        this.state = state;
    }

    String assessmentId() {
        return id.assessmentId;
    }

    ItemState state() {
        return state;
    }

    void replace(ItemState next) {
        this.state = next;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "assessment_id")
        private String assessmentId;

        @Column(name = "item_key")
        private String itemKey;

        protected Key() {
        }

        Key(String assessmentId, String itemKey) {
            this.assessmentId = assessmentId;
            this.itemKey = itemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && assessmentId.equals(k.assessmentId) && itemKey.equals(k.itemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, itemKey);
        }
    }
}

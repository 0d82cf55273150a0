package org.evaltrack.query.discrepancy;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A category with its current budget and the event that set it. */
@Entity(name = "DiscrepancyCategoryRecord")
@Table(name = "discrepancy_category")
class CategoryFactsRecord {

    @EmbeddedId
    Key id;

    String name;

    BigDecimal budget;

    @Column(name = "sort_order")
    int sortOrder;

    @Column(name = "budget_event_id")
    String budgetEventId;

    protected CategoryFactsRecord() {
    }

    CategoryFactsRecord(String schemeId, String categoryCode, String name, BigDecimal budget, int sortOrder, String eventId) {
        this.id = new Key(schemeId, categoryCode);
        this.name = name;
        this.budget = budget;
        this.sortOrder = sortOrder;
        this.budgetEventId = eventId;
    }

    void budgetRevised(BigDecimal budget, String eventId) {
        this.budget = budget;
        this.budgetEventId = eventId;
    }

    String code() {
        return id.categoryCode;
    }

    @Embeddable
    record Key(@Column(name = "scheme_id") String schemeId,
               @Column(name = "category_code") String categoryCode) implements Serializable {
    }
}

package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category budget, indicator maximum or the scheme's bonus cap as added or revised. Insert-only. */
@Entity(name = "TotalsSchemeChangeRecord")
@Table(name = "totals_scheme_change")
class SchemeChangeRecord {

    static final String CATEGORY = "CATEGORY";
    static final String INDICATOR = "INDICATOR";
    /** The scheme itself; its one revisable value here is {@link #BONUS_CAP}. */
    static final String SCHEME = "SCHEME";
    static final String BONUS_CAP = "bonusCap";
    static final String CATEGORY_ADDED = "CATEGORY_ADDED";
    static final String INDICATOR_ADDED = "INDICATOR_ADDED";
    static final String BUDGET_REVISED = "CATEGORY_BUDGET_REVISED";
    static final String MAXIMUM_REVISED = "INDICATOR_REVISED";
    /** value_after null: the cap was lifted (query V23). */
    static final String BONUS_CAP_REVISED = "BONUS_CAP_REVISED";

    @Id
    @Column(name = "change_id")
    private String changeId;

    @Column(name = "scheme_id")
    private String schemeId;

    @Column(name = "item_kind")
    private String itemKind;

    @Column(name = "item_code")
    private String itemCode;

    private String kind;

    @Column(name = "value_before")
    private BigDecimal valueBefore;

    @Column(name = "value_after")
    private BigDecimal valueAfter;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "event_seq")
    private long eventSeq;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "actor_id")
    private String actorId;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "correlation_id")
    private String correlationId;

    private String reason;

    protected SchemeChangeRecord() {
    }

    SchemeChangeRecord(String schemeId, String itemKind, String itemCode, String kind, BigDecimal before, BigDecimal after,
                       String reason, EventStamp stamp) {
        this.changeId = stamp.eventId() + "/" + itemKind + ":" + itemCode;
        this.schemeId = schemeId;
        this.itemKind = itemKind;
        this.itemCode = itemCode;
        this.kind = kind;
        this.valueBefore = before;
        this.valueAfter = after;
        this.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        this.occurredAt = stamp.occurredAt();
        this.eventSeq = stamp.sequence();
        this.eventId = stamp.eventId();
        this.actorId = stamp.actorId();
        this.actorRole = stamp.actorRole();
        this.correlationId = stamp.correlationId();
    }

    String itemKind() {
        return itemKind;
    }

    String itemCode() {
        return itemCode;
    }

    String kind() {
        return kind;
    }

    BigDecimal valueBefore() {
        return valueBefore;
    }

    BigDecimal valueAfter() {
        return valueAfter;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    long eventSeq() {
        return eventSeq;
    }

    String eventId() {
        return eventId;
    }

    String actorId() {
        return actorId;
    }

    String actorRole() {
        return actorRole;
    }

    String correlationId() {
        return correlationId;
    }

    String reason() {
        return reason;
    }
}

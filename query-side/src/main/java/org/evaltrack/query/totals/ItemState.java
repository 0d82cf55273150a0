package org.evaltrack.query.totals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import org.evaltrack.kernel.assessment.AfterTheFact;

/**
 * The complete state of one item of an assessment after an event, with that event's stamp. The
 * current row and every history row hold one, so "the state as of t" is simply the latest
 * history row at or before t, without replaying anything.
 *
 * <p>{@code claimedValue}/{@code effectiveValue} mean: indicator claim / effective score; bonus
 * claim points / verified points (0 unless verified); declared figure / unused.
 */
@Embeddable
class ItemState {

    @Enumerated(EnumType.STRING)
    private ItemPart part;

    @Column(name = "item_code")
    private String itemCode;

    private String kind;

    @Column(name = "claimed_value")
    private BigDecimal claimedValue;

    @Column(name = "effective_value")
    private BigDecimal effectiveValue;

    @Column(name = "value_before")
    private BigDecimal valueBefore;

    private boolean adjusted;

    /** How many times the unit has claimed this indicator, as its latest claim says (0: never). */
    @Column(name = "claim_revision")
    private int claimRevision;

    private String state;

    private String label;

    private String detail;

    @Column(name = "claim_event_id")
    private String claimEventId;

    @Column(name = "effective_event_id")
    private String effectiveEventId;

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

    /** 补录: when the change happened, as stated; {@code occurredAt} is when it was recorded. Null when live. */
    @Column(name = "stated_at")
    private Instant statedAt;

    @Column(name = "stated_reason")
    private String statedReason;

    /** Some change of this item so far was entered after the fact: kept once seen, so documents can mark it. */
    @Column(name = "after_the_fact_seen")
    private boolean afterTheFactSeen;

    protected ItemState() {
    }

    static ItemState fresh(ItemPart part, String itemCode) {
        ItemState state = new ItemState();
        state.part = part;
        state.itemCode = itemCode;
        return state;
    }

    ItemState copy() {
        ItemState c = new ItemState();
        c.part = part;
        c.itemCode = itemCode;
        c.kind = kind;
        c.claimedValue = claimedValue;
        c.effectiveValue = effectiveValue;
        c.valueBefore = valueBefore;
        c.adjusted = adjusted;
        c.claimRevision = claimRevision;
        c.state = state;
        c.label = label;
        c.detail = detail;
        c.claimEventId = claimEventId;
        c.effectiveEventId = effectiveEventId;
        c.occurredAt = occurredAt;
        c.eventSeq = eventSeq;
        c.eventId = eventId;
        c.actorId = actorId;
        c.actorRole = actorRole;
        c.correlationId = correlationId;
        c.reason = reason;
        c.statedAt = statedAt;
        c.statedReason = statedReason;
        c.afterTheFactSeen = afterTheFactSeen;
        return c;
    }

    /** Starts a change: the event's stamp and kind; the previous counting value becomes "before". */
    void stamp(EventStamp stamp, String kind, String reason) {
        this.kind = kind;
        this.valueBefore = effectiveValue;
        this.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        this.eventId = stamp.eventId();
        this.occurredAt = stamp.occurredAt();
        this.eventSeq = stamp.sequence();
        this.actorId = stamp.actorId();
        this.actorRole = stamp.actorRole();
        this.correlationId = stamp.correlationId();
        this.statedAt = stamp.afterTheFact() == null ? null : stamp.afterTheFact().statedAt();
        this.statedReason = stamp.afterTheFact() == null ? null : stamp.afterTheFact().reason();
        this.afterTheFactSeen = afterTheFactSeen || stamp.afterTheFact() != null;
    }

    boolean afterTheFactSeen() {
        return afterTheFactSeen;
    }

    /** @return the stated date, recorded time and reason of the change when it was entered after the fact, else null */
    AfterTheFact afterTheFact() {
        return statedAt == null ? null : new AfterTheFact(statedAt, occurredAt, statedReason);
    }

    void claimed(BigDecimal value, int revision) {
        claimedValue = value;
        effectiveValue = value;
        adjusted = false;
        claimRevision = revision;
        claimEventId = eventId;
        effectiveEventId = eventId;
    }

    void adjusted(BigDecimal value) {
        effectiveValue = value;
        adjusted = true;
        effectiveEventId = eventId;
    }

    void bonusClaimed(BigDecimal points, String level, String title) {
        claimedValue = points;
        effectiveValue = BigDecimal.ZERO;
        state = "CLAIMED";
        detail = level;
        label = title == null || title.length() <= 500 ? title : title.substring(0, 500);
        claimEventId = eventId;
        effectiveEventId = eventId;
    }

    void bonusReviewed(String outcome, BigDecimal countingPoints, String level) {
        effectiveValue = countingPoints;
        state = outcome;
        if (detail == null) {
            detail = level;
        }
        effectiveEventId = eventId;
    }

    void veto(String outcome, String conditionName) {
        state = outcome;
        if (conditionName != null) {
            label = conditionName;
        }
        effectiveEventId = eventId;
    }

    void declared(BigDecimal value) {
        claimedValue = value;
        claimEventId = eventId;
    }

    void status(String status) {
        state = status;
        effectiveEventId = eventId;
    }

    ItemPart part() {
        return part;
    }

    String itemCode() {
        return itemCode;
    }

    String kind() {
        return kind;
    }

    BigDecimal claimedValue() {
        return claimedValue;
    }

    BigDecimal effectiveValue() {
        return effectiveValue;
    }

    BigDecimal valueBefore() {
        return valueBefore;
    }

    boolean isAdjusted() {
        return adjusted;
    }

    int claimRevision() {
        return claimRevision;
    }

    String state() {
        return state;
    }

    String label() {
        return label;
    }

    String detail() {
        return detail;
    }

    String claimEventId() {
        return claimEventId;
    }

    String effectiveEventId() {
        return effectiveEventId;
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

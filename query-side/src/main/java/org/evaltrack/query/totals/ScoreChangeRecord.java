package org.evaltrack.query.totals;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of one item of an assessment, with the item's complete state after it. Insert-only. */
@Entity(name = "TotalsScoreChangeRecord")
@Table(name = "totals_score_change")
class ScoreChangeRecord {

    /** Columns of the table, for native as-of queries mapped back to this entity. */
    static final String COLUMNS = "change_id, assessment_id, item_key, part, item_code, kind, claimed_value, effective_value,"
            + " value_before, adjusted, claim_revision, state, label, detail, claim_event_id, effective_event_id, occurred_at, event_seq,"
            + " event_id, actor_id, actor_role, correlation_id, reason, stated_at, stated_reason, after_the_fact_seen";

    /** An event id and its item: an event changing several items (a submission) writes one row per item. */
    @Id
    @Column(name = "change_id")
    private String changeId;

    @Column(name = "assessment_id")
    private String assessmentId;

    @Column(name = "item_key")
    private String itemKey;

    @Embedded
    private ItemState state;

    protected ScoreChangeRecord() {
    }

    ScoreChangeRecord(String assessmentId, String itemKey, ItemState state) {
        this.changeId = state.eventId() + "/" + itemKey;
        this.assessmentId = assessmentId;
        this.itemKey = itemKey;
        this.state = state;
    }

    String assessmentId() {
        return assessmentId;
    }

    String itemKey() {
        return itemKey;
    }

    ItemState state() {
        return state;
    }
}

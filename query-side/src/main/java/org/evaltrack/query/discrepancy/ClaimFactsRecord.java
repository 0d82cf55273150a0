package org.evaltrack.query.discrepancy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An indicator's score in one assessment: the unit's current claim (null if only a reviewer set a
 * score) and the effective score, which is the reviewer's adjustment where one was made after the claim.
 */
@Entity(name = "DiscrepancyClaimRecord")
@Table(name = "discrepancy_claim")
class ClaimFactsRecord {

    @EmbeddedId
    Key id;

    @Column(name = "claimed_score")
    BigDecimal claimedScore;

    @Column(name = "claim_revision")
    int claimRevision;

    @Column(name = "first_claimed_at")
    Instant firstClaimedAt;

    @Column(name = "claim_event_id")
    String claimEventId;

    @Column(name = "effective_score")
    BigDecimal effectiveScore;

    boolean adjusted;

    @Column(name = "adjust_event_id")
    String adjustEventId;

    protected ClaimFactsRecord() {
    }

    ClaimFactsRecord(String assessmentId, String indicatorCode) {
        this.id = new Key(assessmentId, indicatorCode);
        this.effectiveScore = BigDecimal.ZERO;
    }

    /** A new claim replaces an earlier adjustment, as it does on the scorecard. */
    void claimed(BigDecimal score, int revision, Instant at, String eventId) {
        if (firstClaimedAt == null) {
            firstClaimedAt = at;
        }
        claimedScore = score;
        claimRevision = revision;
        claimEventId = eventId;
        effectiveScore = score;
        adjusted = false;
        adjustEventId = null;
    }

    void adjusted(BigDecimal score, String eventId) {
        effectiveScore = score;
        adjusted = true;
        adjustEventId = eventId;
    }

    String indicatorCode() {
        return id.indicatorCode;
    }

    boolean isClaimed() {
        return claimEventId != null;
    }

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "indicator_code") String indicatorCode) implements Serializable {
    }
}

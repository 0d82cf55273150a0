package org.evaltrack.query.discrepancy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.evaltrack.kernel.scheme.BonusLevel;

/** A bonus claim and the reviewer's latest decision on it. */
@Entity(name = "DiscrepancyBonusClaimRecord")
@Table(name = "discrepancy_bonus_claim")
class BonusClaimFactsRecord {

    enum Decision { PENDING, VERIFIED, REJECTED }

    @EmbeddedId
    Key id;

    @Enumerated(EnumType.STRING)
    @Column(name = "bonus_level")
    BonusLevel level;

    String title;

    /** As claimed. */
    BigDecimal points;

    /** As the reviewer verified them; null unless verified. */
    @Column(name = "awarded_points")
    BigDecimal awardedPoints;

    @Column(name = "duplicate_of")
    String duplicateOf;

    @Enumerated(EnumType.STRING)
    Decision status;

    @Column(name = "claimed_at")
    Instant claimedAt;

    @Column(name = "claim_event_id")
    String claimEventId;

    @Column(name = "decision_event_id")
    String decisionEventId;

    protected BonusClaimFactsRecord() {
    }

    BonusClaimFactsRecord(String assessmentId, String bonusClaimId, BonusLevel level, String title, BigDecimal points,
                          String duplicateOf, Instant claimedAt, String eventId) {
        this.id = new Key(assessmentId, bonusClaimId);
        this.level = level;
        this.title = title;
        this.points = points;
        this.duplicateOf = duplicateOf;
        this.status = Decision.PENDING;
        this.claimedAt = claimedAt;
        this.claimEventId = eventId;
    }

    void verified(BigDecimal points, String eventId) {
        this.status = Decision.VERIFIED;
        this.awardedPoints = points;
        this.decisionEventId = eventId;
    }

    void rejected(String eventId) {
        this.status = Decision.REJECTED;
        this.awardedPoints = null;
        this.decisionEventId = eventId;
    }

    String bonusClaimId() {
        return id.bonusClaimId;
    }

    @Embeddable
    record Key(@Column(name = "assessment_id") String assessmentId,
               @Column(name = "bonus_claim_id") String bonusClaimId) implements Serializable {
    }
}

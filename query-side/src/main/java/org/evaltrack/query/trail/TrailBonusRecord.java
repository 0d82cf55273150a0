package org.evaltrack.query.trail;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A bonus claim's title, points and status, for the rows of its later verification or rejection. */
@Entity(name = "TrailBonusRecord")
@Table(name = "trail_bonus")
class TrailBonusRecord {

    static final String CLAIMED = "CLAIMED";
    static final String VERIFIED = "VERIFIED";
    static final String REJECTED = "REJECTED";

    @EmbeddedId
    private Key id;

    private String title;

    private BigDecimal points;

    private String status;

    protected TrailBonusRecord() {
    }

    TrailBonusRecord(String assessmentId, String bonusClaimId, String title, BigDecimal points) {
        this.id = new Key(assessmentId, bonusClaimId);
        this.title = title;
        this.points = points;
        this.status = CLAIMED;
    }

    String title() {
        return title;
    }

    BigDecimal points() {
        return points;
    }

    String status() {
        return status;
    }

    void status(String status) {
        this.status = status;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "assessment_id")
        private String assessmentId;

        @Column(name = "bonus_claim_id")
        private String bonusClaimId;

        protected Key() {
        }

        Key(String assessmentId, String bonusClaimId) {
            this.assessmentId = assessmentId;
            this.bonusClaimId = bonusClaimId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && assessmentId.equals(k.assessmentId) && bonusClaimId.equals(k.bonusClaimId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, bonusClaimId);
        }
    }
}

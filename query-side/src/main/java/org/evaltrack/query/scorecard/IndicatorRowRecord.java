package org.evaltrack.query.scorecard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.evaltrack.kernel.scheme.ScoringMode;

/** One indicator of one assessment: claim, effective score, evidence count. */
@Entity(name = "ScorecardIndicatorRowRecord")
@Table(name = "scorecard_indicator")
class IndicatorRowRecord {

    @EmbeddedId
    private Key id;

    @Column(name = "scheme_id")
    private String schemeId;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(name = "category_name")
    private String categoryName;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "scoring_mode")
    private ScoringMode scoringMode;

    @Column(name = "max_points")
    private BigDecimal maxPoints;

    @Column(name = "floor_points")
    private BigDecimal floor;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "claimed_score")
    private BigDecimal claimedScore;

    @Column(name = "effective_score")
    private BigDecimal effectiveScore;

    private boolean adjusted;

    @Column(name = "claim_revision")
    private int claimRevision;

    @Column(name = "evidence_count")
    private int evidenceCount;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    protected IndicatorRowRecord() {
    }

    static IndicatorRowRecord laidOutFrom(String assessmentId, String schemeId, SchemeIndicatorRecord template) {
        IndicatorRowRecord row = new IndicatorRowRecord();
        row.id = new Key(assessmentId, template.indicatorCode());
        row.schemeId = schemeId;
        row.categoryCode = template.categoryCode();
        row.categoryName = template.categoryName();
        row.name = template.name();
        row.scoringMode = template.scoringMode();
        row.maxPoints = template.maxPoints();
        row.floor = template.floor();
        row.sortOrder = template.sortOrder();
        return row;
    }

    /**
     * Records a claim; the claim becomes the effective score, replacing an earlier adjustment,
     * because a unit can only claim again after its assessment was reopened for claims.
     *
     * @return the change of the effective score, for the scorecard's running sum
     */
    BigDecimal claimed(BigDecimal score, int revision, Instant at) {
        BigDecimal before = orZero(effectiveScore);
        claimedScore = score;
        effectiveScore = score;
        adjusted = false;
        claimRevision = revision;
        lastChangedAt = at;
        return score.subtract(before);
    }

    /** @return the change of the effective score, for the scorecard's running sum */
    BigDecimal adjusted(BigDecimal score, Instant at) {
        BigDecimal before = orZero(effectiveScore);
        effectiveScore = score;
        adjusted = true;
        lastChangedAt = at;
        return score.subtract(before);
    }

    void evidenceAdded(Instant at) {
        evidenceCount++;
        lastChangedAt = at;
    }

    void evidenceRemoved(Instant at) {
        evidenceCount = Math.max(0, evidenceCount - 1);
        lastChangedAt = at;
    }

    void revise(BigDecimal maxPoints, BigDecimal floor) {
        this.maxPoints = maxPoints;
        this.floor = floor;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    String assessmentId() {
        return id.assessmentId;
    }

    String indicatorCode() {
        return id.indicatorCode;
    }

    String categoryCode() {
        return categoryCode;
    }

    String categoryName() {
        return categoryName;
    }

    String name() {
        return name;
    }

    ScoringMode scoringMode() {
        return scoringMode;
    }

    BigDecimal maxPoints() {
        return maxPoints;
    }

    BigDecimal floor() {
        return floor;
    }

    int sortOrder() {
        return sortOrder;
    }

    BigDecimal claimedScore() {
        return claimedScore;
    }

    BigDecimal effectiveScore() {
        return effectiveScore;
    }

    boolean isAdjusted() {
        return adjusted;
    }

    int claimRevision() {
        return claimRevision;
    }

    int evidenceCount() {
        return evidenceCount;
    }

    Instant lastChangedAt() {
        return lastChangedAt;
    }

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "assessment_id")
        private String assessmentId;

        @Column(name = "indicator_code")
        private String indicatorCode;

        protected Key() {
        }

        Key(String assessmentId, String indicatorCode) {
            this.assessmentId = assessmentId;
            this.indicatorCode = indicatorCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && assessmentId.equals(k.assessmentId) && indicatorCode.equals(k.indicatorCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, indicatorCode);
        }
    }
}

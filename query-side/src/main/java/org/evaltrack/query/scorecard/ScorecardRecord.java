package org.evaltrack.query.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.totals.ScoredItem;
import org.evaltrack.kernel.totals.Totals;
import org.evaltrack.kernel.totals.TotalsArithmetic;
import org.evaltrack.kernel.totals.TotalsInput;

/**
 * One assessment's totals. Sums are kept up to date by deltas so that an event costs one row
 * update, never a re-aggregation of the indicator rows.
 */
@Entity(name = "ScorecardRecord")
@Table(name = "scorecard")
class ScorecardRecord {

    @Id
    @Column(name = "assessment_id")
    private String assessmentId;

    @Column(name = "scheme_id")
    private String schemeId;

    @Column(name = "unit_id")
    private String unitId;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "scheme_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Column(name = "declared_base")
    private BigDecimal declaredBase;

    @Column(name = "declared_bonus")
    private BigDecimal declaredBonus;

    @Column(name = "declared_total")
    private BigDecimal declaredTotal;

    @Column(name = "claimed_base")
    private BigDecimal claimedBase;

    @Column(name = "computed_base")
    private BigDecimal computedBase;

    @Column(name = "claimed_bonus")
    private BigDecimal claimedBonus;

    /** Uncapped, so that the cap can be applied again whenever the sum changes. */
    @Column(name = "verified_bonus_sum")
    private BigDecimal verifiedBonusSum;

    /** Capped: the bonus that counts towards the total. */
    @Column(name = "verified_bonus")
    private BigDecimal verifiedBonus;

    @Column(name = "bonus_cap")
    private BigDecimal bonusCap;

    private BigDecimal total;

    /** A count rather than a flag: each veto condition is applied and lifted on its own. */
    @Column(name = "veto_count")
    private int vetoCount;

    @Column(name = "last_event_at")
    private Instant lastEventAt;

    /**
     * Whether this persistence context holds all the scorecard's indicator rows: set by the projection
     * after loading them in one query, so that a batch does not select them one at a time. Not a column:
     * a scorecard loaded by the next transaction starts without its rows.
     */
    @Transient
    private boolean rowsLoaded;

    protected ScorecardRecord() {
    }

    ScorecardRecord(String assessmentId, String schemeId, String unitId, String unitName, int year,
                    BigDecimal bonusCap, Instant openedAt) {
        this.assessmentId = assessmentId;
        this.schemeId = schemeId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.year = year;
        this.status = AssessmentStatus.OPEN;
        this.claimedBase = BigDecimal.ZERO;
        this.computedBase = BigDecimal.ZERO;
        this.claimedBonus = BigDecimal.ZERO;
        this.verifiedBonusSum = BigDecimal.ZERO;
        this.bonusCap = bonusCap;
        this.lastEventAt = openedAt;
        this.rowsLoaded = true; // the projection persists its rows with it
        recomputeTotals();
    }

    boolean rowsLoaded() {
        return rowsLoaded;
    }

    void markRowsLoaded() {
        rowsLoaded = true;
    }

    void addToClaimedBase(BigDecimal delta, Instant at) {
        claimedBase = claimedBase.add(delta);
        touch(at);
    }

    void addToComputedBase(BigDecimal delta, Instant at) {
        computedBase = computedBase.add(delta);
        recomputeTotals();
        touch(at);
    }

    void addToClaimedBonus(BigDecimal points, Instant at) {
        claimedBonus = claimedBonus.add(points);
        touch(at);
    }

    void addToVerifiedBonus(BigDecimal points, Instant at) {
        verifiedBonusSum = verifiedBonusSum.add(points);
        recomputeTotals();
        touch(at);
    }

    void submitted(BigDecimal base, BigDecimal bonus, BigDecimal total, Instant at) {
        this.declaredBase = base;
        this.declaredBonus = bonus;
        this.declaredTotal = total;
        this.status = AssessmentStatus.SUBMITTED;
        touch(at);
    }

    void statusChanged(AssessmentStatus newStatus, Instant at) {
        this.status = newStatus;
        touch(at);
    }

    void vetoApplied(Instant at) {
        vetoCount++;
        touch(at);
    }

    void vetoLifted(Instant at) {
        vetoCount = Math.max(0, vetoCount - 1);
        touch(at);
    }

    void touch(Instant at) {
        if (at != null && (lastEventAt == null || at.isAfter(lastEventAt))) {
            lastEventAt = at;
        }
    }

    /** The running sums go through the kernel's arithmetic, so the scorecard caps and adds as the totals do. */
    private void recomputeTotals() {
        Totals totals = TotalsArithmetic.compute(new TotalsInput(
                List.of(new ScoredItem(null, null, Score.of(computedBase))), List.of(),
                List.of(Score.of(verifiedBonusSum)), bonusCap == null ? null : Score.of(bonusCap), vetoCount > 0));
        verifiedBonus = totals.bonus().value();
        total = totals.total().value();
    }

    String assessmentId() {
        return assessmentId;
    }

    String schemeId() {
        return schemeId;
    }

    String unitId() {
        return unitId;
    }

    String unitName() {
        return unitName;
    }

    int year() {
        return year;
    }

    AssessmentStatus status() {
        return status;
    }

    BigDecimal declaredBase() {
        return declaredBase;
    }

    BigDecimal declaredBonus() {
        return declaredBonus;
    }

    BigDecimal declaredTotal() {
        return declaredTotal;
    }

    BigDecimal claimedBase() {
        return claimedBase;
    }

    BigDecimal computedBase() {
        return computedBase;
    }

    BigDecimal claimedBonus() {
        return claimedBonus;
    }

    /** Σ verified bonus points before the cap, as {@code verifiedBonus} means in every view. */
    BigDecimal verifiedBonus() {
        return verifiedBonusSum;
    }

    /** The verified bonus cut to the cap: the column {@code verified_bonus} holds it under its old name. */
    BigDecimal bonus() {
        return verifiedBonus;
    }

    BigDecimal bonusCap() {
        return bonusCap;
    }

    BigDecimal total() {
        return total;
    }

    boolean vetoed() {
        return vetoCount > 0;
    }

    Instant lastEventAt() {
        return lastEventAt;
    }
}

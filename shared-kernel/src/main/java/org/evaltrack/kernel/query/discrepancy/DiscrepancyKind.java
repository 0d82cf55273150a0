package org.evaltrack.kernel.query.discrepancy;

/**
 * What does not add up. The names are stable codes: clients and message bundles key on them, so a
 * kind is never renamed, only added.
 */
public enum DiscrepancyKind {
    /** Declared base score differs from the sum of the effective indicator scores. */
    DECLARED_BASE_MISMATCH(DiscrepancySeverity.ERROR),
    /** Declared bonus differs from the sum of the bonus points the unit claimed. */
    DECLARED_BONUS_NOT_CLAIMED_SUM(DiscrepancySeverity.ERROR),
    /** Declared bonus differs from the verified bonus after the cap (once every bonus claim is decided). */
    DECLARED_BONUS_NOT_VERIFIED(DiscrepancySeverity.ERROR),
    /** Declared total cannot be reproduced: computed base plus the bonus (claimed before review, verified after). */
    DECLARED_TOTAL_MISMATCH(DiscrepancySeverity.ERROR),
    /** Declared base plus declared bonus is not the declared total. */
    DECLARED_TOTAL_NOT_SUM_OF_PARTS(DiscrepancySeverity.ERROR),
    /** A category's budget differs from the sum of its indicators' maxima. */
    CATEGORY_BUDGET_MISMATCH(DiscrepancySeverity.ERROR),
    /** A claim exceeds the indicator's current maximum. */
    CLAIM_ABOVE_MAX(DiscrepancySeverity.ERROR),
    /** A claim lies below the indicator's current floor. */
    CLAIM_BELOW_FLOOR(DiscrepancySeverity.ERROR),
    /** An indicator has no claim. */
    MISSING_CLAIM(DiscrepancySeverity.WARNING),
    /** An indicator had no claim when the self-assessment was last submitted; it was claimed only afterwards. */
    CLAIM_MISSING_AT_SUBMISSION(DiscrepancySeverity.WARNING),
    /** An indicator is claimed above zero with no active evidence linked to it. */
    CLAIM_WITHOUT_EVIDENCE(DiscrepancySeverity.WARNING),
    /** A bonus claim repeats an earlier one (same normalised title). */
    DUPLICATE_BONUS_CLAIM(DiscrepancySeverity.ERROR),
    /** Evidence arrived after its deadline (and is still late after any accepted capture time). */
    LATE_EVIDENCE(DiscrepancySeverity.WARNING),
    /** The same reported figure was given with values that differ after unit conversion. */
    CONFLICTING_FIGURE(DiscrepancySeverity.ERROR),
    /** The same reported figure differs only within the rounding of the less precise value. */
    FIGURE_ROUNDED_DIFFERENTLY(DiscrepancySeverity.INFO),
    /** The same reported figure was given in units that cannot be converted into each other. */
    INCOMPARABLE_FIGURE_UNITS(DiscrepancySeverity.WARNING),
    /** An indicator's maximum is an assumption, not a stated value. */
    ASSUMED_VALUE(DiscrepancySeverity.INFO);

    private final DiscrepancySeverity defaultSeverity;

    DiscrepancyKind(DiscrepancySeverity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public DiscrepancySeverity defaultSeverity() {
        return defaultSeverity;
    }
}

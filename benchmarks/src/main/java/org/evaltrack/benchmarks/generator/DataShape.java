package org.evaltrack.benchmarks.generator;

/**
 * How much data to generate: {@code schemes} counties (one scheme each) with {@code unitsPerScheme}
 * townships and departments, each with one assessment. Per assessment the mix follows a real
 * year: every indicator claimed, a quarter of them claimed again, one piece of evidence per
 * indicator (a third of them closing a ledger task), a ledger of tasks, bonus claims decided by
 * the reviewer, review adjustments and a final review.
 */
public record DataShape(int schemes, int unitsPerScheme, int categoriesPerScheme, int indicatorsPerCategory,
                        int tasksPerAssessment, int bonusClaimsPerAssessment, int adjustmentsPerAssessment) {

    public DataShape {
        if (schemes < 1 || unitsPerScheme < 1 || categoriesPerScheme < 1 || indicatorsPerCategory < 1) {
            throw new IllegalArgumentException("a shape needs at least one scheme, unit, category and indicator");
        }
        if (tasksPerAssessment > categoriesPerScheme * indicatorsPerCategory) {
            throw new IllegalArgumentException("at most one task per indicator");
        }
        if (adjustmentsPerAssessment > categoriesPerScheme * indicatorsPerCategory) {
            throw new IllegalArgumentException("at most one adjustment per indicator");
        }
    }

    /** A county scheme of the reference case's size: 4 categories of 15 indicators, 20 tasks, 4 bonus claims, 12 adjustments. */
    public static DataShape counties(int schemes, int unitsPerScheme) {
        return new DataShape(schemes, unitsPerScheme, 4, 15, 20, 4, 12);
    }

    /** About 100k events: 2 counties of 250 units. */
    public static DataShape hundredThousand() {
        return counties(2, 250);
    }

    /** About 1M events: 20 counties of 250 units (a province). */
    public static DataShape million() {
        return counties(20, 250);
    }

    public int indicatorsPerScheme() {
        return categoriesPerScheme * indicatorsPerCategory;
    }

    public int assessments() {
        return schemes * unitsPerScheme;
    }

    /** Re-claims: every fourth indicator is claimed a second time. */
    int reclaimsPerAssessment() {
        return indicatorsPerScheme() / 4;
    }

    public long eventsPerScheme() {
        // drafted, categories, indicators, bonus rules, veto conditions, published
        return 1L + categoriesPerScheme + indicatorsPerScheme() + EventGenerator.BONUS_LEVELS.size()
                + EventGenerator.VETO_CONDITIONS + 1;
    }

    public long eventsPerAssessment() {
        int indicators = indicatorsPerScheme();
        // opened, claims and re-claims, evidence, tasks assigned and closed out, bonus claims and their decisions,
        // submission, adjustments, finalisation
        return 1L + indicators + reclaimsPerAssessment() + indicators + 2L * tasksPerAssessment
                + 2L * bonusClaimsPerAssessment + 1 + adjustmentsPerAssessment + 1;
    }

    /** Exactly the number of events {@link EventGenerator} writes for this shape. */
    public long totalEvents() {
        return schemes * eventsPerScheme() + (long) assessments() /* units registered */
                + (long) assessments() * eventsPerAssessment();
    }
}

package org.evaltrack.query.discrepancy;

import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.CONFLICTING_FIGURE;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.FIGURE_ROUNDED_DIFFERENTLY;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.INCOMPARABLE_FIGURE_UNITS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evaltrack.kernel.figure.FigureUnits;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySubject;
import org.evaltrack.kernel.query.discrepancy.SubjectType;

/**
 * Compares the figures an assessment reports under the same name, after converting each to its
 * dimension's base unit.
 *
 * <p>A reported value stands for every value that rounds to it: 1.79 亿元 for 1.785–1.795 亿元.
 * Two values that are equal after conversion agree; values whose rounding intervals do not overlap
 * conflict (1.79 亿元 vs 17168 万元); values that differ only within that rounding are listed as
 * information (1.79 亿元 vs 17930 万元), since either may be a rounding of the other.
 */
final class FigureComparison {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private FigureComparison() {
    }

    private record Reported(FigureFactsRecord fact, BigDecimal value, FigureUnits.Conversion unit) {

        BigDecimal base() {
            return value.multiply(unit.factor());
        }

        BigDecimal halfStep() {
            return HALF.movePointLeft(Math.max(value.scale(), 0)).multiply(unit.factor());
        }

        String display() {
            String unitText = fact.unit == null ? "" : " " + fact.unit.strip();
            return fact.valueText + unitText;
        }

        /** In the base unit; a bare magnitude (1.79亿) borrows the unit of the figure it is compared with. */
        String displayInBase(Reported other) {
            String baseUnit = unit.baseUnit().isEmpty() ? other.unit().baseUnit() : unit.baseUnit();
            return (base().stripTrailingZeros().toPlainString() + " " + baseUnit).strip();
        }
    }

    static List<Finding> conflicts(List<FigureFactsRecord> figures) {
        Map<String, List<Reported>> byName = new LinkedHashMap<>();
        for (FigureFactsRecord figure : figures) {
            byName.computeIfAbsent(normaliseName(figure.name), k -> new ArrayList<>())
                    .add(new Reported(figure, new BigDecimal(figure.valueText), FigureUnits.conversion(figure.unit)));
        }
        List<Finding> findings = new ArrayList<>();
        byName.forEach((name, reported) -> {
            for (int i = 0; i < reported.size(); i++) {
                for (int j = i + 1; j < reported.size(); j++) {
                    Finding finding = compare(name, reported.get(i), reported.get(j));
                    if (finding != null && findings.stream().noneMatch(f -> sameValues(f, finding))) {
                        findings.add(finding);
                    }
                }
            }
        });
        return findings;
    }

    private static Finding compare(String name, Reported first, Reported second) {
        DiscrepancySubject subject = new DiscrepancySubject(SubjectType.FIGURE, name, first.fact().name);
        List<String> events = List.of(first.fact().eventId, second.fact().eventId);
        String indicators = first.fact().id.indicatorCode().equals(second.fact().id.indicatorCode())
                ? first.fact().id.indicatorCode()
                : first.fact().id.indicatorCode() + ", " + second.fact().id.indicatorCode();
        if (!first.unit().comparableWith(second.unit())) {
            return Finding.of(INCOMPARABLE_FIGURE_UNITS, subject, first.display(), second.display(),
                    List.of(first.fact().name, first.display(), second.display(), indicators), events);
        }
        if (first.base().compareTo(second.base()) == 0) {
            return null;
        }
        // Strictly: intervals that only touch (2 篇 and 3 篇) are different values, not roundings of one.
        boolean overlap = first.base().subtract(first.halfStep()).compareTo(second.base().add(second.halfStep())) < 0
                && second.base().subtract(second.halfStep()).compareTo(first.base().add(first.halfStep())) < 0;
        return Finding.of(overlap ? FIGURE_ROUNDED_DIFFERENTLY : CONFLICTING_FIGURE, subject,
                first.display() + " = " + first.displayInBase(second), second.display() + " = " + second.displayInBase(first),
                List.of(first.fact().name, first.display(), second.display(), first.displayInBase(second),
                        second.displayInBase(first), indicators),
                events);
    }

    /** The same pair of values reported again (e.g. in a narrative and a table) is one discrepancy, not two. */
    private static boolean sameValues(Finding a, Finding b) {
        return a.kind() == b.kind() && a.subject().equals(b.subject()) && a.expected().equals(b.expected())
                && a.found().equals(b.found());
    }

    private static String normaliseName(String name) {
        return name.strip().replaceAll("\\s+", "").replace("　", "");
    }
}

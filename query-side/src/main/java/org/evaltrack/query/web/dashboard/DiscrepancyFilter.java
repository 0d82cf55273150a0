package org.evaltrack.query.web.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySeverity;
import org.evaltrack.query.web.dashboard.DashboardOverview.DiscrepancyLine;

/**
 * The dashboard's choice of discrepancies from its query parameters: one unit (or the scheme's own, {@value #SCHEME}),
 * one severity, one kind, and how to group them. A value the page's lists could not have sent is ignored, as the
 * trail ignores an unknown kind, so a hand-edited address still shows a page.
 *
 * @param unit     a unit id, {@value #SCHEME}, or null for all
 * @param severity a {@link DiscrepancySeverity} name or null
 * @param kind     a {@link DiscrepancyKind} name or null
 * @param group    {@code unit}, {@code severity}, {@code kind} or null for one list
 */
record DiscrepancyFilter(String unit, String severity, String kind, String group) {

    static final String SCHEME = "scheme";
    static final List<String> GROUPS = List.of("unit", "severity", "kind");

    static DiscrepancyFilter of(String unit, String severity, String kind, String group) {
        return new DiscrepancyFilter(blankToNull(unit),
                known(severity, Arrays.stream(DiscrepancySeverity.values()).map(Enum::name).toList()),
                known(kind, Arrays.stream(DiscrepancyKind.values()).map(Enum::name).toList()),
                known(group, GROUPS));
    }

    public boolean active() {
        return unit != null || severity != null || kind != null;
    }

    List<DiscrepancyLine> apply(List<DiscrepancyLine> lines) {
        return lines.stream()
                .filter(l -> unit == null || (SCHEME.equals(unit) ? l.unitId() == null : unit.equals(l.unitId())))
                .filter(l -> severity == null || severity.equals(l.severity()))
                .filter(l -> kind == null || kind.equals(l.kind()))
                .toList();
    }

    /** The chosen lines in groups, each in the order of its first line; without a grouping one untitled group. */
    List<Group> groups(List<DiscrepancyLine> lines) {
        List<DiscrepancyLine> chosen = apply(lines);
        if (group == null) {
            return List.of(new Group(null, null, chosen));
        }
        Function<DiscrepancyLine, String> by = switch (group) {
            case "unit" -> l -> l.unitName() == null ? "" : l.unitName();
            case "severity" -> DiscrepancyLine::severity;
            default -> DiscrepancyLine::kind;
        };
        Map<String, List<DiscrepancyLine>> grouped = new LinkedHashMap<>();
        chosen.forEach(l -> grouped.computeIfAbsent(by.apply(l), k -> new ArrayList<>()).add(l));
        return grouped.entrySet().stream().map(e -> switch (group) {
            case "unit" -> e.getKey().isEmpty() ? new Group("dashboard.schemeLevel", null, e.getValue())
                    : new Group(null, e.getKey(), e.getValue());
            case "severity" -> new Group("dashboard.severity." + e.getKey(), null, e.getValue());
            default -> new Group("dashboard.kind." + e.getKey(), null, e.getValue());
        }).toList();
    }

    private static String known(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * @param titleKey the group's title as a message key; null when the title is a name ({@code title}) or there is no grouping
     * @param title    the unit's name when grouped by unit
     */
    record Group(String titleKey, String title, List<DiscrepancyLine> lines) {
    }
}

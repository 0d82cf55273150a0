package org.evaltrack.query.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.evaltrack.query.web.dashboard.DashboardOverview.DiscrepancyLine;
import org.evaltrack.query.web.dashboard.DiscrepancyFilter.Group;
import org.junit.jupiter.api.Test;

/** The dashboard's discrepancy choice: unit (or the scheme's own), severity, kind, grouping; unknown values ignored. */
class DiscrepancyFilterTest {

    private static final DiscrepancyLine SCHEME = new DiscrepancyLine(null, null, "INFO", "ASSUMED_VALUE", "推定分值", "#heat-1.2");
    private static final DiscrepancyLine DS_MISSING = line("unit-ds", "东山", "WARNING", "MISSING_CLAIM");
    private static final DiscrepancyLine CP_MISSING = line("unit-cp", "长铺子", "WARNING", "MISSING_CLAIM");
    private static final DiscrepancyLine DS_TOTAL = line("unit-ds", "东山", "ERROR", "DECLARED_TOTAL_MISMATCH");
    private static final List<DiscrepancyLine> ALL = List.of(SCHEME, DS_MISSING, CP_MISSING, DS_TOTAL);

    @Test
    void narrowsByUnitSeverityAndKindTogether() {
        assertThat(DiscrepancyFilter.of("unit-ds", null, null, null).apply(ALL)).containsExactly(DS_MISSING, DS_TOTAL);
        assertThat(DiscrepancyFilter.of("scheme", null, null, null).apply(ALL)).containsExactly(SCHEME);
        assertThat(DiscrepancyFilter.of(null, "WARNING", "MISSING_CLAIM", null).apply(ALL)).containsExactly(DS_MISSING, CP_MISSING);
        assertThat(DiscrepancyFilter.of("unit-ds", "ERROR", "MISSING_CLAIM", null).apply(ALL)).isEmpty();
    }

    @Test
    void valuesThePageCouldNotSendAreIgnored() {
        DiscrepancyFilter filter = DiscrepancyFilter.of(" ", "FATAL", "NO_SUCH_KIND", "colour");
        assertThat(filter.active()).isFalse();
        assertThat(filter.group()).isNull();
        assertThat(filter.apply(ALL)).containsExactlyElementsOf(ALL);
    }

    @Test
    void groupsKeepTheOrderOfTheirFirstLineAndNameTheSchemesOwn() {
        List<Group> byUnit = DiscrepancyFilter.of(null, null, null, "unit").groups(ALL);
        assertThat(byUnit).extracting(Group::titleKey, Group::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dashboard.schemeLevel", null),
                        org.assertj.core.groups.Tuple.tuple(null, "东山"), org.assertj.core.groups.Tuple.tuple(null, "长铺子"));
        assertThat(byUnit.get(1).lines()).containsExactly(DS_MISSING, DS_TOTAL);

        List<Group> byKind = DiscrepancyFilter.of("unit-ds", null, null, "kind").groups(ALL);
        assertThat(byKind).extracting(Group::titleKey).containsExactly("dashboard.kind.MISSING_CLAIM", "dashboard.kind.DECLARED_TOTAL_MISMATCH");

        assertThat(DiscrepancyFilter.of(null, null, null, null).groups(ALL)).singleElement()
                .satisfies(g -> assertThat(g.lines()).containsExactlyElementsOf(ALL));
    }

    private static DiscrepancyLine line(String unitId, String unitName, String severity, String kind) {
        return new DiscrepancyLine(unitId, unitName, severity, kind, kind, "/assessments/a-" + unitId + "/scores");
    }
}

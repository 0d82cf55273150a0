package org.evaltrack.query.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.junit.jupiter.api.Test;

/** The unit table and the rounding rule, without a database. */
class FigureComparisonTest {

    private static FigureFactsRecord figure(String indicator, int position, String name, String value, String unit) {
        return new FigureFactsRecord("a", indicator, 1, position, name, value, unit, "event-" + indicator + "-" + position);
    }

    private static List<DiscrepancyKind> kinds(FigureFactsRecord... figures) {
        return FigureComparison.conflicts(List.of(figures)).stream().map(Finding::kind).toList();
    }

    @Test
    void yi_and_wan_yuan_that_differ_after_conversion_conflict() {
        assertThat(kinds(figure("2.1.1", 0, "固定资产投资", "1.79", "亿元"), figure("2.1.1", 1, "固定资产投资", "17168", "万元")))
                .containsExactly(DiscrepancyKind.CONFLICTING_FIGURE);
    }

    @Test
    void the_shorthand_of_the_reference_report_conflicts_with_the_figure_written_out() {
        // the report writes 固定资产投资1.79亿 and, later, 固定资产投资17168万元: a bare 亿 takes the other's 元
        List<Finding> findings = FigureComparison.conflicts(List.of(figure("2.1.1", 0, "固定资产投资", "1.79", "亿"),
                figure("2.1.1", 1, "固定资产投资", "17168", "万元")));
        assertThat(findings).extracting(Finding::kind).containsExactly(DiscrepancyKind.CONFLICTING_FIGURE);
        assertThat(findings.get(0).expected()).isEqualTo("1.79 亿 = 179000000 元");
        assertThat(findings.get(0).found()).isEqualTo("17168 万元 = 171680000 元");
        assertThat(kinds(figure("1", 0, "农业总产值", "3.9881", "亿"), figure("1", 1, "农业总产值", "39881", "万"))).isEmpty();
        assertThat(kinds(figure("1", 0, "农业总产值", "3.9881", "亿元"), figure("1", 1, "农业总产值", "39881", "万元"))).isEmpty();
    }

    @Test
    void yi_and_wan_yuan_that_agree_after_conversion_do_not() {
        assertThat(kinds(figure("2.1.1", 0, "固定资产投资", "1.79", "亿元"), figure("2.1.1", 1, "固定资产投资", "17900", "万元")))
                .isEmpty();
    }

    @Test
    void thousands_and_millions_of_yuan_convert_too() {
        assertThat(kinds(figure("1", 0, "财政收入", "599", "千元"), figure("2", 0, "财政收入", "0.599", "百万元"))).isEmpty();
        assertThat(kinds(figure("1", 0, "财政收入", "599", "千元"), figure("2", 0, "财政收入", "0.7", "百万元")))
                .containsExactly(DiscrepancyKind.CONFLICTING_FIGURE);
    }

    @Test
    void people_hectares_and_percent_convert_within_their_dimension() {
        assertThat(kinds(figure("1", 0, "常住人口", "1.2", "万人"), figure("1", 1, "常住人口", "12000", "人"))).isEmpty();
        assertThat(kinds(figure("1", 0, "造林面积", "500", "亩"), figure("1", 1, "造林面积", "33.3", "公顷")))
                .as("33.3 公顷 = 499.5 亩, within the rounding of 33.3").containsExactly(DiscrepancyKind.FIGURE_ROUNDED_DIFFERENTLY);
        assertThat(kinds(figure("1", 0, "贫困发生率", "0.22", "%"), figure("1", 1, "贫困发生率", "2.2", "‰"))).isEmpty();
        assertThat(kinds(figure("1", 0, "贫困发生率", "0.22", "％"), figure("1", 1, "贫困发生率", "0.22", "%"))).isEmpty();
    }

    @Test
    void figures_with_different_names_are_never_compared() {
        assertThat(kinds(figure("1", 0, "农业总产值", "39881", "万元"), figure("1", 1, "固定资产投资", "17168", "万元"))).isEmpty();
    }

    @Test
    void names_differing_only_in_spaces_are_the_same_figure() {
        assertThat(kinds(figure("1", 0, "固定资产 投资", "1.79", "亿元"), figure("1", 1, "固定资产投资", "17168", "万元")))
                .containsExactly(DiscrepancyKind.CONFLICTING_FIGURE);
    }

    @Test
    void unknown_units_compare_only_with_themselves() {
        assertThat(kinds(figure("1", 0, "调研报告", "2", "篇"), figure("1", 1, "调研报告", "3", "篇")))
                .containsExactly(DiscrepancyKind.CONFLICTING_FIGURE);
        assertThat(kinds(figure("1", 0, "调研报告", "2", "篇"), figure("1", 1, "调研报告", "2", "份")))
                .containsExactly(DiscrepancyKind.INCOMPARABLE_FIGURE_UNITS);
    }

    @Test
    void the_same_pair_reported_again_is_one_discrepancy() {
        assertThat(kinds(figure("1", 0, "固定资产投资", "1.79", "亿元"), figure("1", 1, "固定资产投资", "17168", "万元"),
                figure("2", 0, "固定资产投资", "17168", "万元"))).containsExactly(DiscrepancyKind.CONFLICTING_FIGURE);
    }
}

package org.evaltrack.query.discrepancy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The units in which reports give figures, each with its dimension and its factor to that
 * dimension's base unit (元, 人, 户, 亩, 吨, 米, %). A unit not in the table is its own dimension
 * with factor 1: figures in it compare only with figures in the very same unit.
 */
final class FigureUnits {

    record Conversion(String dimension, String baseUnit, BigDecimal factor) {
    }

    private static final Map<String, Conversion> TABLE = Map.ofEntries(
            money("元", "1"), money("千元", "1000"), money("万元", "10000"), money("十万元", "100000"),
            money("百万元", "1000000"), money("千万元", "10000000"), money("亿元", "100000000"),
            count("人", "人", "1"), count("人", "万人", "10000"),
            count("户", "户", "1"), count("户", "万户", "10000"),
            // 1 公顷 = 15 亩 and 1 平方米 = 0.0015 亩 by the Chinese land-area convention (1 亩 = 10000/15 m²).
            count("亩", "亩", "1"), count("亩", "万亩", "10000"), count("亩", "公顷", "15"),
            count("亩", "平方米", "0.0015"), count("亩", "平方公里", "1500"),
            count("吨", "吨", "1"), count("吨", "万吨", "10000"), count("吨", "千克", "0.001"), count("吨", "公斤", "0.001"),
            count("米", "米", "1"), count("米", "千米", "1000"), count("米", "公里", "1000"),
            count("%", "%", "1"), count("%", "‰", "0.1"));

    private FigureUnits() {
    }

    /** Full-width signs and spaces are how the same unit often arrives twice. */
    static String normalise(String unit) {
        if (unit == null) {
            return "";
        }
        return unit.strip().replace(" ", "").replace("　", "").replace('％', '%');
    }

    static Conversion conversion(String unit) {
        String key = normalise(unit);
        return Optional.ofNullable(TABLE.get(key)).orElseGet(() -> new Conversion(key, key, BigDecimal.ONE));
    }

    private static Map.Entry<String, Conversion> money(String unit, String factor) {
        return count("元", unit, factor);
    }

    private static Map.Entry<String, Conversion> count(String base, String unit, String factor) {
        return Map.entry(unit, new Conversion(base, base, new BigDecimal(factor)));
    }
}

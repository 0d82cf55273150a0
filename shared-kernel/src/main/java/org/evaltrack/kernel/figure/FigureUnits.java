package org.evaltrack.kernel.figure;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units in which reports give figures, as clerks write them: a base unit (元, 人, 户, 亩, 吨, 米, %)
 * or a unit of its own (公顷, 公里, 千克, ‰), optionally after a magnitude (十, 百, 千, 万, 亿 and their
 * combinations: 万元, 千万元, 万亩). A magnitude alone ("1.79亿", "17168万") is a plain multiplier: it
 * takes the dimension of whatever it is compared with, since the clerk left the base unit implied.
 * A unit neither rule reads is unknown: its own dimension with factor 1, compared only with itself.
 * Written once for the command side (which warns of unknown units) and the discrepancies.
 */
public final class FigureUnits {

    /** The dimension a bare magnitude takes: any. */
    public static final String ANY_DIMENSION = "×";

    /**
     * @param dimension the base unit of the dimension, {@link #ANY_DIMENSION} for a bare magnitude, or the
     *                  unknown unit itself
     * @param factor    what one of this unit is in the dimension's base unit
     * @param known     the unit was read by the rules above (a blank unit counts as known: a plain number)
     */
    public record Conversion(String dimension, String baseUnit, BigDecimal factor, boolean known) {

        /** Figures in the two units can be converted into one another. */
        public boolean comparableWith(Conversion other) {
            return dimension.equals(other.dimension) || dimension.equals(ANY_DIMENSION)
                    || other.dimension.equals(ANY_DIMENSION);
        }
    }

    /** Longest first, so 十万 is read before 十 and 万. */
    private static final Map<String, BigDecimal> MAGNITUDES = orderedByLength(Map.ofEntries(
            Map.entry("十", new BigDecimal("10")), Map.entry("百", new BigDecimal("100")),
            Map.entry("千", new BigDecimal("1000")), Map.entry("万", new BigDecimal("10000")),
            Map.entry("十万", new BigDecimal("100000")), Map.entry("百万", new BigDecimal("1000000")),
            Map.entry("千万", new BigDecimal("10000000")), Map.entry("亿", new BigDecimal("100000000")),
            Map.entry("十亿", new BigDecimal("1000000000")), Map.entry("百亿", new BigDecimal("10000000000")),
            Map.entry("千亿", new BigDecimal("100000000000")), Map.entry("万亿", new BigDecimal("1000000000000"))));

    /** Units in their dimension's base unit; 1 公顷 = 15 亩 and 1 平方米 = 0.0015 亩 by the Chinese land-area convention. */
    private static final Map<String, Conversion> UNITS = Map.ofEntries(
            unit("元", "元", "1"), unit("人", "人", "1"), unit("户", "户", "1"), unit("亩", "亩", "1"),
            unit("公顷", "亩", "15"), unit("平方米", "亩", "0.0015"), unit("平方公里", "亩", "1500"),
            unit("吨", "吨", "1"), unit("千克", "吨", "0.001"), unit("公斤", "吨", "0.001"),
            unit("米", "米", "1"), unit("千米", "米", "1000"), unit("公里", "米", "1000"),
            unit("%", "%", "1"), unit("‰", "%", "0.1"));

    private FigureUnits() {
    }

    /** Width, spaces and the full-width per cent sign are how the same unit often arrives twice. */
    public static String normalise(String unit) {
        if (unit == null) {
            return "";
        }
        String compatible = Normalizer.normalize(unit, Normalizer.Form.NFKC);
        return compatible.strip().replaceAll("\\s+", "").replace("　", "");
    }

    public static Conversion conversion(String unit) {
        String key = normalise(unit);
        if (key.isEmpty()) {
            return new Conversion("", "", BigDecimal.ONE, true);
        }
        return read(key).orElseGet(() -> new Conversion(key, key, BigDecimal.ONE, false));
    }

    /** A unit given and not read: the clerk should hear of it when entering the figure. */
    public static boolean isUnknown(String unit) {
        return !conversion(unit).known();
    }

    /** The units that read, for telling a clerk what is understood. */
    public static List<String> examples() {
        return List.of("元", "万元", "亿元", "亿", "万", "人", "万人", "户", "亩", "万亩", "公顷", "吨", "公斤", "米", "公里", "%", "‰");
    }

    private static Optional<Conversion> read(String key) {
        Conversion plain = UNITS.get(key);
        if (plain != null) {
            return Optional.of(plain);
        }
        for (Map.Entry<String, BigDecimal> magnitude : MAGNITUDES.entrySet()) {
            if (!key.startsWith(magnitude.getKey())) {
                continue;
            }
            String rest = key.substring(magnitude.getKey().length());
            if (rest.isEmpty()) {
                return Optional.of(new Conversion(ANY_DIMENSION, "", magnitude.getValue(), true));
            }
            Conversion base = UNITS.get(rest);
            if (base != null) {
                return Optional.of(new Conversion(base.dimension(), base.baseUnit(),
                        magnitude.getValue().multiply(base.factor()), true));
            }
        }
        return Optional.empty();
    }

    private static Map.Entry<String, Conversion> unit(String unit, String base, String factor) {
        return Map.entry(unit, new Conversion(base, base, new BigDecimal(factor), true));
    }

    private static Map<String, BigDecimal> orderedByLength(Map<String, BigDecimal> magnitudes) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        magnitudes.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}

package org.evaltrack.kernel.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The units clerks write, read by rule: magnitudes times base units, shorthand, and what stays unknown. */
class FigureUnitsTest {

    private static final List<String> MAGNITUDES = List.of("十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿",
            "千亿", "万亿");
    private static final List<String> MAGNITUDE_FACTORS = List.of("10", "100", "1000", "1e4", "1e5", "1e6", "1e7", "1e8",
            "1e9", "1e10", "1e11", "1e12");
    private static final List<String> BASES = List.of("元", "人", "户", "亩", "吨", "米");

    private static BigDecimal inBase(String unit, String value) {
        return new BigDecimal(value).multiply(FigureUnits.conversion(unit).factor());
    }

    @Test
    void theShorthandOfTheReferenceReportReads() {
        assertThat(FigureUnits.conversion("亿").known()).isTrue();
        assertThat(inBase("亿", "1.79")).isEqualByComparingTo("179000000");
        assertThat(inBase("万", "17168")).isEqualByComparingTo("171680000");
        assertThat(inBase("亿元", "3.9881")).isEqualByComparingTo("398810000");
        assertThat(FigureUnits.conversion("亿元").dimension()).isEqualTo("元");
    }

    @Test
    void aBareMagnitudeComparesWithAnyDimensionAndUnitsOfOneDimensionWithEachOther() {
        assertThat(FigureUnits.conversion("亿").comparableWith(FigureUnits.conversion("万元"))).isTrue();
        assertThat(FigureUnits.conversion("万人").comparableWith(FigureUnits.conversion("人"))).isTrue();
        assertThat(FigureUnits.conversion("公顷").comparableWith(FigureUnits.conversion("万亩"))).isTrue();
        assertThat(FigureUnits.conversion("万元").comparableWith(FigureUnits.conversion("万人"))).isFalse();
        assertThat(FigureUnits.conversion("篇").comparableWith(FigureUnits.conversion("份"))).isFalse();
    }

    @Test
    void everyMagnitudeTimesEveryBaseUnitIsTheProductOfTheirFactors() {
        for (int m = 0; m < MAGNITUDES.size(); m++) {
            for (String base : BASES) {
                FigureUnits.Conversion unit = FigureUnits.conversion(MAGNITUDES.get(m) + base);
                assertThat(unit.known()).as(MAGNITUDES.get(m) + base).isTrue();
                assertThat(unit.dimension()).isEqualTo(base);
                assertThat(unit.factor()).as(MAGNITUDES.get(m) + base).isEqualByComparingTo(new BigDecimal(MAGNITUDE_FACTORS.get(m)));
            }
            assertThat(FigureUnits.conversion(MAGNITUDES.get(m)).dimension()).isEqualTo(FigureUnits.ANY_DIMENSION);
        }
    }

    @Test
    void unitsOfTheirOwnKeepTheirFactors() {
        assertThat(inBase("公顷", "33.3")).isEqualByComparingTo("499.5");
        assertThat(inBase("平方公里", "1")).isEqualByComparingTo("1500");
        assertThat(inBase("公斤", "2500")).isEqualByComparingTo("2.5");
        assertThat(inBase("公里", "1.2")).isEqualByComparingTo("1200");
        assertThat(inBase("‰", "2.2")).isEqualByComparingTo("0.22");
        assertThat(inBase("万公顷", "1")).isEqualByComparingTo("150000");
    }

    @Test
    void widthAndSpacesDoNotMakeANewUnit() {
        assertThat(FigureUnits.normalise(" 万 元 ")).isEqualTo("万元");
        assertThat(FigureUnits.normalise("％")).isEqualTo("%");
        assertThat(FigureUnits.conversion("万　元").factor()).isEqualByComparingTo("10000");
    }

    @Test
    void whatNoRuleReadsIsUnknownAndOnlyItself() {
        for (String unit : List.of("篇", "亿圆", "元万", "项", "km")) {
            FigureUnits.Conversion conversion = FigureUnits.conversion(unit);
            assertThat(conversion.known()).as(unit).isFalse();
            assertThat(conversion.dimension()).isEqualTo(unit);
            assertThat(FigureUnits.isUnknown(unit)).isTrue();
        }
        assertThat(FigureUnits.isUnknown(null)).as("no unit: a plain number").isFalse();
        assertThat(FigureUnits.isUnknown(" ")).isFalse();
    }

    @Test
    void everyUnitTheExamplesOfferIsRead() {
        FigureUnits.examples().forEach(unit -> assertThat(FigureUnits.isUnknown(unit)).as(unit).isFalse());
    }

    @Test
    void randomMagnitudeAndBaseCombinationsConvertConsistently() {
        Random random = new Random(20191231L);
        for (int i = 0; i < 2000; i++) {
            int m = random.nextInt(MAGNITUDES.size());
            String base = BASES.get(random.nextInt(BASES.size()));
            BigDecimal value = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(5));
            // the same amount written with the magnitude and written out in the base unit agree
            BigDecimal written = inBase(MAGNITUDES.get(m) + base, value.toPlainString());
            BigDecimal spelledOut = value.multiply(new BigDecimal(MAGNITUDE_FACTORS.get(m)));
            assertThat(written).isEqualByComparingTo(spelledOut);
            assertThat(inBase(base, spelledOut.toPlainString())).isEqualByComparingTo(written);
        }
    }
}

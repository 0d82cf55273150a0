package org.evaltrack.kernel.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A figure written in one go, number and unit together, as clerks type it. */
class WrittenFigureTest {

    private static final List<String> UNITS = List.of("亿", "万", "亿元", "万元", "元", "人", "万人", "亩", "公顷", "%", "‰", "吨", "篇");

    @Test
    void theReferenceReportsFiguresRead() {
        assertThat(WrittenFigure.parse("1.79亿")).contains(new WrittenFigure(new BigDecimal("1.79"), "亿"));
        assertThat(WrittenFigure.parse("17168万")).contains(new WrittenFigure(new BigDecimal("17168"), "万"));
        assertThat(WrittenFigure.parse("3.9881亿元")).contains(new WrittenFigure(new BigDecimal("3.9881"), "亿元"));
        assertThat(WrittenFigure.parse("59.9万")).contains(new WrittenFigure(new BigDecimal("59.9"), "万"));
    }

    @Test
    void signsSeparatorsFullWidthAndSpacesAreRead() {
        assertThat(WrittenFigure.parse("-3.5%")).contains(new WrittenFigure(new BigDecimal("-3.5"), "%"));
        assertThat(WrittenFigure.parse("1,234 人")).contains(new WrittenFigure(new BigDecimal("1234"), "人"));
        assertThat(WrittenFigure.parse("１．７９亿元")).contains(new WrittenFigure(new BigDecimal("1.79"), "亿元"));
        assertThat(WrittenFigure.parse(" 8873 ")).contains(new WrittenFigure(new BigDecimal("8873"), null));
    }

    @Test
    void textThatIsNoNumberIsNotAFigure() {
        assertThat(WrittenFigure.parse("约两亿")).isEmpty();
        assertThat(WrittenFigure.parse("")).isEmpty();
        assertThat(WrittenFigure.parse(null)).isEmpty();
        assertThat(WrittenFigure.parse("1,23亿")).as("a separator not followed by three digits").isEmpty();
    }

    @Test
    void anyNumberWrittenWithAnyUnitReadsBackAsWritten() {
        Random random = new Random(8873L);
        for (int i = 0; i < 2000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(7));
            String unit = UNITS.get(random.nextInt(UNITS.size()));
            String space = random.nextBoolean() ? "" : " ";
            WrittenFigure figure = WrittenFigure.parse(value.toPlainString() + space + unit).orElseThrow();
            assertThat(figure.value()).isEqualByComparingTo(value);
            assertThat(figure.unit()).isEqualTo(unit);
            assertThat(figure.conversion().known()).isEqualTo(!unit.equals("篇"));
        }
    }
}

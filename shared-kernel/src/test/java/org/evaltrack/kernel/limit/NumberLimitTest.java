package org.evaltrack.kernel.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.evaltrack.kernel.score.InvalidScoreException;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class NumberLimitTest {

    @Test
    void figureValuesAreJudgedByIntegerDigitsAndDecimals() {
        assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("999999999999999999.999999"))).isTrue();
        assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("1.790000000"))).isTrue();
        assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("1E+17"))).isTrue();
        assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("1E+18"))).isFalse();
        assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("1e70"))).isFalse();
        assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("1e120"))).isFalse();
        assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("0.0000001"))).isFalse();
        assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("-0.000001"))).isTrue();
        assertThat(NumberLimit.FIGURE_VALUE.accepts(BigDecimal.ZERO.setScale(-5))).isTrue();
    }

    @Test
    void hugeExponentsAreRefusedAtOnceAndNeverWrittenOut() {
        assertThat(Duration.ofMillis(500)).isGreaterThan(timed(() -> {
            assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("1e999999999"))).isFalse();
            assertThat(NumberLimit.FIGURE_VALUE.accepts(new BigDecimal("1e-999999999"))).isFalse();
            assertThat(NumberLimit.excerpt(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
            assertThatThrownBy(() -> Score.of(new BigDecimal("1e999999999")))
                    .isInstanceOf(InvalidScoreException.class).hasMessageEndingWith("1E+999999999");
            assertThatThrownBy(() -> Score.of(new BigDecimal("1e-999999999")))
                    .isInstanceOf(InvalidScoreException.class).hasMessageEndingWith("1E-999999999");
        }));
    }

    @Test
    void theScoreLimitDescribesTheScoreType() {
        assertThat(NumberLimit.SCORE.accepts(Score.LIMIT)).isTrue();
        assertThat(NumberLimit.SCORE.decimals()).isEqualTo(Score.SCALE);
        assertThat(NumberLimit.SCORE.accepts(Score.LIMIT.multiply(BigDecimal.TEN))).isFalse();
    }

    private static Duration timed(Runnable body) {
        long start = System.nanoTime();
        body.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

package org.evaltrack.kernel.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void keepsTwoDecimalsWhateverTheInputScale() {
        assertThat(Score.of("5").value()).isEqualByComparingTo("5.00");
        assertThat(Score.of("5").value().scale()).isEqualTo(2);
        assertThat(Score.of("0.3").toString()).isEqualTo("0.30");
    }

    @Test
    void treatsTrailingZerosBeyondTwoDecimalsAsExact() {
        assertThat(Score.of("1.500")).isEqualTo(Score.of("1.5"));
    }

    @Test
    void refusesThreeSignificantDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> Score.of("1.005")).isInstanceOf(InvalidScoreException.class);
    }

    @Test
    void refusesAbsurdMagnitudes() {
        assertThatThrownBy(() -> Score.of(new BigDecimal("1e309"))).isInstanceOf(InvalidScoreException.class);
        assertThatThrownBy(() -> Score.of("-100000.01")).isInstanceOf(InvalidScoreException.class);
    }

    @Test
    void refusesTextThatIsNotANumber() {
        assertThatThrownBy(() -> Score.of("NaN")).isInstanceOf(InvalidScoreException.class);
    }

    @Test
    void addsWithoutBinaryFloatingPointDrift() {
        Score bonus = Score.sum(List.of(Score.of("0.5"), Score.of("0.3"), Score.of("0.3"), Score.of("0.5")));
        assertThat(bonus).isEqualTo(Score.of("1.6"));
        assertThat(Score.of("105.3").minus(Score.of("100"))).isEqualTo(Score.of("5.3"));
    }

    @Test
    void comparesByValue() {
        assertThat(Score.of("2").isBetween(Score.ZERO, Score.of("2.00"))).isTrue();
        assertThat(Score.of("-0.5").isNegative()).isTrue();
        assertThat(Score.of("3").min(Score.of("2"))).isEqualTo(Score.of("2"));
    }
}

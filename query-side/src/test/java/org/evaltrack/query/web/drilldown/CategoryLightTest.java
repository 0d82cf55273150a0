package org.evaltrack.query.web.drilldown;

import static org.assertj.core.api.Assertions.assertThat;

import org.evaltrack.kernel.score.Score;
import org.evaltrack.query.web.unit.ScoreLight;
import org.junit.jupiter.api.Test;

/** A category's light is ScoreLight's over subtotal ÷ budget, grey while none of its indicators is claimed. */
class CategoryLightTest {

    @Test
    void theRateDecidesTheLightOnceSomethingIsClaimed() {
        assertThat(CategoryLight.of(Score.of("22.5"), Score.of("25"), true)).isEqualTo(ScoreLight.GREEN);
        assertThat(CategoryLight.of(Score.of("22.49"), Score.of("25"), true)).isEqualTo(ScoreLight.AMBER);
        assertThat(CategoryLight.of(Score.of("14.99"), Score.of("25"), true)).isEqualTo(ScoreLight.RED);
        assertThat(CategoryLight.of(null, Score.of("25"), true)).isEqualTo(ScoreLight.RED);
        assertThat(CategoryLight.percentShown(Score.of("24"), Score.of("25"), true)).isEqualTo("96 %");
    }

    @Test
    void nothingClaimedIsGreyWithoutARate() {
        assertThat(CategoryLight.of(Score.of("0"), Score.of("25"), false)).isEqualTo(ScoreLight.GREY);
        assertThat(CategoryLight.percentShown(Score.of("0"), Score.of("25"), false)).isEqualTo("—");
        assertThat(CategoryLight.percentShown(Score.of("0"), Score.of("0"), true)).isEqualTo("—");
    }
}

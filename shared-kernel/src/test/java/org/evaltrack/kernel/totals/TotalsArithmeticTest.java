package org.evaltrack.kernel.totals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

/** Every rule of the totals arithmetic, given an assessment's scores, when the totals are computed. */
class TotalsArithmeticTest {

    private final List<ScoredItem> items = new ArrayList<>();
    private final List<CategoryBudget> budgets = new ArrayList<>();
    private final List<Score> bonusPoints = new ArrayList<>();
    private Score cap;
    private boolean vetoed;

    @Test
    void baseIsTheSumOfTheItemsScoresAndUnscoredItemsCountAsZero() {
        givenItem("1.1", "A", "8.5");
        givenItem("1.2", "A", "3");
        givenItem("2.1", "B", null);

        Totals totals = whenComputed();

        assertThat(totals.base()).isEqualTo(s("11.50"));
        assertThat(totals.total()).isEqualTo(s("11.50"));
    }

    @Test
    void aDeductionOnlyItemLowersTheBaseAndItsCategory() {
        givenBudget("A", "10");
        givenItem("1.1", "A", "6");
        givenItem("1.9", "A", "-2.5");

        Totals totals = whenComputed();

        assertThat(totals.base()).isEqualTo(s("3.50"));
        assertThat(totals.categories()).containsExactly(new CategorySubtotal("A", s("10"), s("3.50")));
    }

    @Test
    void eachCategorySubtotalStandsAgainstItsBudgetInTheBudgetsOrder() {
        givenBudget("B", "5");
        givenBudget("A", "10");
        givenBudget("C", "4");
        givenItem("1.1", "A", "10");
        givenItem("2.1", "B", "5.5");

        Totals totals = whenComputed();

        assertThat(totals.categories()).extracting(CategorySubtotal::categoryCode).containsExactly("B", "A", "C");
        assertThat(totals.categories()).extracting(CategorySubtotal::subtotal)
                .containsExactly(s("5.5"), s("10"), s("0"));
        assertThat(totals.categories()).extracting(CategorySubtotal::withinBudget).containsExactly(false, true, true);
        // over budget is reported, never cut: the base keeps every point
        assertThat(totals.base()).isEqualTo(s("15.50"));
    }

    @Test
    void theBonusIsCutToTheCapAndTheSumBeforeTheCapIsKept() {
        givenItem("1.1", "A", "80");
        givenBonus("2");
        givenBonus("1.5");
        givenCap("3");

        Totals totals = whenComputed();

        assertThat(totals.verifiedBonus()).isEqualTo(s("3.50"));
        assertThat(totals.bonus()).isEqualTo(s("3"));
        assertThat(totals.bonusCapReached()).isTrue();
        assertThat(totals.total()).isEqualTo(s("83"));
    }

    @Test
    void aBonusExactlyAtTheCapIsNotCut() {
        givenBonus("3");
        givenCap("3");

        Totals totals = whenComputed();

        assertThat(totals.bonus()).isEqualTo(s("3"));
        assertThat(totals.bonusCapReached()).isFalse();
    }

    @Test
    void withoutACapTheWholeBonusCounts() {
        givenItem("1.1", "A", "50");
        givenBonus("7");
        givenBonus("5");

        Totals totals = whenComputed();

        assertThat(totals.bonusCap()).isNull();
        assertThat(totals.bonus()).isEqualTo(s("12"));
        assertThat(totals.bonusCapReached()).isFalse();
        assertThat(totals.total()).isEqualTo(s("62"));
    }

    @Test
    void aVetoedUnitKeepsItsTotalAndIsMarkedVetoed() {
        givenItem("1.1", "A", "70");
        givenBonus("2");
        givenCap("3");
        givenVeto();

        Totals totals = whenComputed();

        assertThat(totals.vetoed()).isTrue();
        assertThat(totals.total()).isEqualTo(s("72"));
    }

    @Test
    void anEmptyAssessmentTotalsZero() {
        givenBudget("A", "10");
        givenCap("3");

        Totals totals = whenComputed();

        assertThat(totals.base()).isEqualTo(Score.ZERO);
        assertThat(totals.bonus()).isEqualTo(Score.ZERO);
        assertThat(totals.total()).isEqualTo(Score.ZERO);
        assertThat(totals.vetoed()).isFalse();
        assertThat(totals.categories()).containsExactly(new CategorySubtotal("A", s("10"), Score.ZERO));
    }

    private void givenItem(String code, String category, String score) {
        items.add(new ScoredItem(code, category, score == null ? null : s(score)));
    }

    private void givenBudget(String category, String budget) {
        budgets.add(new CategoryBudget(category, s(budget)));
    }

    private void givenBonus(String points) {
        bonusPoints.add(s(points));
    }

    private void givenCap(String points) {
        cap = s(points);
    }

    private void givenVeto() {
        vetoed = true;
    }

    private Totals whenComputed() {
        return TotalsArithmetic.compute(new TotalsInput(items, budgets, bonusPoints, cap, vetoed));
    }

    private static Score s(String value) {
        return Score.of(value);
    }
}

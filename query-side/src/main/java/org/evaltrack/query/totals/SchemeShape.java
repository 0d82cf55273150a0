package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.evaltrack.kernel.scheme.ScoringMode;

/**
 * A scheme's categories and indicators with the budgets and maxima in force at some instant, in scheme
 * order. An indicator's scoring mode and floor are its current ones: only the scorecard shows them, and
 * it answers for now.
 */
record SchemeShape(String schemeId, String title, BigDecimal bonusCap, List<Category> categories, List<Indicator> indicators) {

    record Category(String code, String name, String section, BigDecimal budget) {
    }

    record Indicator(String code, String categoryCode, String name, BigDecimal maxPoints, ScoringMode scoringMode,
                     BigDecimal floor) {
    }

    Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    List<String> indicatorCodesOf(String categoryCode) {
        return indicators.stream().filter(i -> i.categoryCode().equals(categoryCode)).map(Indicator::code).toList();
    }
}

package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A scheme's categories and indicators with the budgets and maxima in force at some instant, in scheme order. */
record SchemeShape(String schemeId, String title, BigDecimal bonusCap, List<Category> categories, List<Indicator> indicators) {

    record Category(String code, String name, String section, BigDecimal budget) {
    }

    record Indicator(String code, String categoryCode, String name, BigDecimal maxPoints) {
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

package org.evaltrack.query.web.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the dashboard's bar chart draws: units along one axis (ranking order), one stacked series per
 * category and one for the capped bonus, so each bar is the unit's total.
 */
record ChartData(String title, List<String> units, List<Series> series) {

    record Series(String name, List<BigDecimal> data) {
    }
}

package org.evaltrack.kernel.assessment;

import java.math.BigDecimal;

/** A figure a unit reports in a claim, e.g. 固定资产投资 1.79 亿元. */
public record ReportedFigure(String name, BigDecimal value, String unit) {
}

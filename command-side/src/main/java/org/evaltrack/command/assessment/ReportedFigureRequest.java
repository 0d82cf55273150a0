package org.evaltrack.command.assessment;

import org.evaltrack.kernel.limit.NumberLimit;
import org.evaltrack.command.web.limit.Amount;
import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.evaltrack.kernel.assessment.ReportedFigure;

/** A figure as the unit reports it, e.g. {"name": "固定资产投资", "value": 1.79, "unit": "亿元"}. */
public record ReportedFigureRequest(
        @NotBlank @Text(TextLimit.NAME) String name,
        @NotNull @Amount(NumberLimit.FIGURE_VALUE) BigDecimal value,
        @Text(TextLimit.FIGURE_UNIT) String unit) {

    public ReportedFigure toFigure() {
        return new ReportedFigure(name, value, unit);
    }
}

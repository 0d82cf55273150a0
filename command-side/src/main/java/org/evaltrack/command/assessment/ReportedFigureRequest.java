package org.evaltrack.command.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.evaltrack.kernel.assessment.ReportedFigure;

/** A figure as the unit reports it, e.g. {"name": "固定资产投资", "value": 1.79, "unit": "亿元"}. */
public record ReportedFigureRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull BigDecimal value,
        @Size(max = 50) String unit) {

    ReportedFigure toFigure() {
        return new ReportedFigure(name, value, unit);
    }
}

package org.evaltrack.command.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import org.evaltrack.command.web.limit.Amount;
import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.figure.WrittenFigure;
import org.evaltrack.kernel.limit.NumberLimit;
import org.evaltrack.kernel.limit.TextLimit;

/**
 * A figure as the unit reports it, e.g. {"name": "固定资产投资", "value": 1.79, "unit": "亿元"}, or written in one
 * go as clerks write it, {"name": "固定资产投资", "written": "1.79亿"}: number and unit are read apart then.
 */
public record ReportedFigureRequest(
        @NotBlank @Text(TextLimit.NAME) String name,
        @Amount(NumberLimit.FIGURE_VALUE) BigDecimal value,
        @Text(TextLimit.FIGURE_UNIT) String unit,
        @Schema(description = "数值连同单位，如 1.79亿、17168万、3.9881亿元；代替 value 与 unit / The figure with its unit"
                + " as written, e.g. 1.79亿; instead of value and unit", example = "1.79亿")
        @Text(TextLimit.NAME) String written) {

    public ReportedFigureRequest(String name, BigDecimal value, String unit) {
        this(name, value, unit, null);
    }

    /** Either a value (with its unit, if any) or the figure written whole, not both. */
    @JsonIgnore
    @AssertTrue(message = "give value (and unit), or written such as 1.79亿; not both")
    public boolean isValueGiven() {
        boolean writtenGiven = written != null && !written.isBlank();
        return writtenGiven ? value == null && unit == null && WrittenFigure.parse(written).isPresent() : value != null;
    }

    public ReportedFigure toFigure() {
        if (value == null && written != null) {
            WrittenFigure figure = WrittenFigure.parse(written).orElseThrow();
            return new ReportedFigure(name, figure.value(), figure.unit());
        }
        return new ReportedFigure(name, value, unit);
    }
}

package org.evaltrack.kernel.figure;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as a clerk writes it in one go, number and unit together: "1.79亿", "17168万",
 * "3.9881亿元", "-3.5%", "1,234 人". Full-width digits and thousands separators are read too.
 */
public record WrittenFigure(BigDecimal value, String unit) {

    private static final Pattern FIGURE = Pattern.compile("([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*([^\\d.,].*)?");

    /** Empty when the text does not start with a number. */
    public static Optional<WrittenFigure> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher matcher = FIGURE.matcher(compatible);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        // a unit never starts with a digit or separator: "1,23亿" is a mistyped number, not 1 of ",23亿"
        String unit = FigureUnits.normalise(matcher.group(2));
        return Optional.of(new WrittenFigure(new BigDecimal(matcher.group(1).replace(",", "")),
                unit.isEmpty() ? null : unit));
    }

    /** The unit as understood, for comparing and warning. */
    public FigureUnits.Conversion conversion() {
        return FigureUnits.conversion(unit);
    }
}

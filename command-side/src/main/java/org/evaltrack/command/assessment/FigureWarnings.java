package org.evaltrack.command.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evaltrack.command.api.AnswerWarning;
import org.evaltrack.command.domain.Checks;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.error.ErrorLanguage;
import org.evaltrack.kernel.figure.FigureUnits;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Warns of a reported figure whose unit the kernel cannot read ({@link FigureUnits}) when it is entered:
 * the claim is still stored, but the figure will only ever be compared with figures in that very unit.
 */
@Component
public class FigureWarnings {

    public static final String UNKNOWN_UNIT = "UNKNOWN_FIGURE_UNIT";

    private final MessageSource messages;

    public FigureWarnings(@Qualifier("errorMessageSource") MessageSource messages) {
        this.messages = messages;
    }

    public List<AnswerWarning> of(String indicatorCode, List<ReportedFigure> figures) {
        List<AnswerWarning> warnings = new ArrayList<>();
        if (figures == null) {
            return warnings;
        }
        for (ReportedFigure figure : figures) {
            if (figure != null && FigureUnits.isUnknown(figure.unit())) {
                warnings.add(new AnswerWarning(UNKNOWN_UNIT,
                        Checks.facts("indicator", indicatorCode, "figure", figure.name(), "value",
                                figure.value().toPlainString(), "unit", figure.unit(),
                                "understood", String.join(" ", FigureUnits.examples())),
                        new AnswerWarning.Message(text(ErrorLanguage.DEFAULT), text(Locale.ENGLISH))));
            }
        }
        return warnings;
    }

    private String text(Locale locale) {
        return messages.getMessage("warning." + UNKNOWN_UNIT, null, locale);
    }
}

package org.evaltrack.command.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evaltrack.command.assessment.ReportedFigureRequest;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.command.imports.SheetReader.ParsedRow;
import org.evaltrack.kernel.assessment.ReportedFigure;

/**
 * Turns a JSON batch into the rows the claims workbook would hold, so {@link ClaimsWorkbookParser#check}
 * applies the very same rules; a row is its position in its list, counted from 1. Only what was given is
 * put in a row: a blank cell and a missing field mean the same.
 */
final class ClaimsBatch {

    static final String CLAIMS = "claims";
    static final String FIGURES = "reportedFigures";
    static final String BONUS_CLAIMS = "bonusClaims";

    private ClaimsBatch() {
    }

    /** @throws ImportRejected listing every row's problem */
    static ClaimsPlan check(ClaimsBatchRequest request, SchemeRules rules) {
        List<ParsedRow> claims = new ArrayList<>();
        List<ParsedRow> figures = new ArrayList<>();
        List<ParsedRow> bonuses = new ArrayList<>();
        ImportProblems problems = new ImportProblems();
        for (int i = 0; i < request.claimRows().size(); i++) {
            ClaimsBatchRequest.ClaimRow claim = request.claimRows().get(i);
            if (claim.indicatorCode() == null || claim.indicatorCode().isBlank()) {
                problems.cell(ClaimsTemplate.CLAIMS, i, "indicatorCode", ImportProblemCode.REQUIRED, null);
                continue;
            }
            claims.add(row(i, "indicatorCode", claim.indicatorCode(), "claimedScore", claim.claimedScore(),
                    "narrative", claim.narrative()));
            if (claim.reportedFigures() != null) {
                for (ReportedFigureRequest figure : claim.reportedFigures()) {
                    ReportedFigure given = figure.toFigure();
                    // a figure's row is its claim's: that is where the clerk finds it
                    figures.add(row(i, "indicatorCode", claim.indicatorCode(), "name", given.name(), "value", given.value(),
                            "unit", given.unit()));
                }
            }
        }
        for (int i = 0; i < request.bonusRows().size(); i++) {
            ClaimsBatchRequest.BonusRow bonus = request.bonusRows().get(i);
            if (bonus.level() == null || bonus.title() == null || bonus.title().isBlank()) {
                problems.cell(ClaimsTemplate.BONUS_CLAIMS, i, bonus.level() == null ? "level" : "title",
                        ImportProblemCode.REQUIRED, null);
                continue;
            }
            bonuses.add(row(i, "level", bonus.level().name(), "title", bonus.title(), "source", bonus.source(),
                    "awardedOn", bonus.awardedOn()));
        }
        return ClaimsWorkbookParser.check(claims, figures, bonuses, rules, problems);
    }

    /** The list a workbook sheet's rows are called in a batch. */
    static String listOf(String sheet) {
        if (ClaimsTemplate.CLAIMS.name().equals(sheet)) {
            return CLAIMS;
        }
        if (ClaimsTemplate.FIGURES.name().equals(sheet)) {
            return FIGURES;
        }
        return ClaimsTemplate.BONUS_CLAIMS.name().equals(sheet) ? BONUS_CLAIMS : sheet;
    }

    private static ParsedRow row(int index, Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int k = 0; k + 1 < keysAndValues.length; k += 2) {
            Object value = keysAndValues[k + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                values.put((String) keysAndValues[k], keysAndValues[k + 1]);
            }
        }
        return new ParsedRow(index, values, Set.of());
    }
}

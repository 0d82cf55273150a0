package org.evaltrack.command.imports;

import static org.evaltrack.command.imports.ClaimsTemplate.BONUS_CLAIMS;
import static org.evaltrack.command.imports.ClaimsTemplate.CLAIMS;
import static org.evaltrack.command.imports.ClaimsTemplate.FIGURES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.evaltrack.command.assessment.IndicatorRule;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.command.imports.SheetReader.ParsedRow;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.figure.FigureUnits;
import org.evaltrack.kernel.figure.WrittenFigure;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;

/**
 * Reads a claims workbook and checks each row against the scheme's rules as the command side's
 * lookup tables hold them: the indicator exists, the score lies in its range, the bonus level is
 * one the scheme rewards. The assessment itself still decides deadlines and locking when the commands arrive.
 */
final class ClaimsWorkbookParser {

    /** Most figures one claim carries (the API's limit). */
    static final int MAX_FIGURES = 100;

    private final ZoneId zone;

    ClaimsWorkbookParser(ZoneId zone) {
        this.zone = zone;
    }

    /** @throws ImportRejected listing every problem */
    ClaimsPlan parse(Workbook workbook, SchemeRules rules) {
        ImportProblems problems = new ImportProblems();
        List<ParsedRow> claimRows = new SheetReader(CLAIMS, problems, zone).read(workbook);
        List<ParsedRow> figureRows = new SheetReader(FIGURES, problems, zone).read(workbook);
        List<ParsedRow> bonusRows = new SheetReader(BONUS_CLAIMS, problems, zone).read(workbook);
        return check(claimRows, figureRows, bonusRows, rules, problems);
    }

    /**
     * The scheme's rules over claim, figure and bonus rows however they arrived: a workbook's sheets or
     * the lists of a JSON batch ({@link ClaimsBatch}), so both are held to one set of rules.
     *
     * @throws ImportRejected listing every problem, those already in {@code problems} included
     */
    static ClaimsPlan check(List<ParsedRow> claimRows, List<ParsedRow> figureRows, List<ParsedRow> bonusRows,
                            SchemeRules rules, ImportProblems problems) {
        Map<String, ClaimsPlan.Claim> claims = claims(claimRows, rules, problems);
        figures(figureRows, claims, problems);
        List<ClaimsPlan.Bonus> bonuses = bonuses(bonusRows, rules, problems);
        if (problems.isEmpty() && claims.isEmpty() && bonuses.isEmpty()) {
            problems.sheet(CLAIMS, ImportProblemCode.NOTHING_TO_IMPORT, null);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems.all());
        }
        return new ClaimsPlan(List.copyOf(claims.values()), bonuses);
    }

    private static Map<String, ClaimsPlan.Claim> claims(List<ParsedRow> rows, SchemeRules rules, ImportProblems problems) {
        Map<String, ClaimsPlan.Claim> claims = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ParsedRow row : rows) {
            String code = row.get("indicatorCode", String.class).orElse(null);
            Score score = row.get("claimedScore", Score.class).orElse(null);
            if (code != null && !seen.add(code)) {
                problems.cell(CLAIMS, row.index(), "indicatorCode", ImportProblemCode.DUPLICATE_CODE, code, code, null);
                continue;
            }
            IndicatorRule rule = code == null ? null : rules.indicator(code).orElse(null);
            if (code != null && rule == null) {
                problems.cell(CLAIMS, row.index(), "indicatorCode", ImportProblemCode.UNKNOWN_INDICATOR, code, code, null);
                continue;
            }
            if (score == null) {
                if (!row.failed("claimedScore") && row.has("narrative")) {
                    // a narrative without a score is a claim half filled in, not an indicator left out
                    problems.cell(CLAIMS, row.index(), "claimedScore", ImportProblemCode.REQUIRED, null, code,
                            rule == null ? null : rule.lowest() + " ~ " + rule.highest());
                }
                continue;
            }
            if (rule != null && !score.isBetween(rule.lowest(), rule.highest())) {
                problems.cell(CLAIMS, row.index(), "claimedScore", ImportProblemCode.SCORE_OUT_OF_RANGE,
                        score + " ∉ [" + rule.lowest() + ", " + rule.highest() + "]", code,
                        rule.lowest() + " ~ " + rule.highest());
                continue;
            }
            if (row.failed().isEmpty() && code != null) {
                claims.put(code, new ClaimsPlan.Claim(row.number(), code, score, row.get("narrative", String.class).orElse(null),
                        new ArrayList<>()));
            }
        }
        return claims;
    }

    private static void figures(List<ParsedRow> rows, Map<String, ClaimsPlan.Claim> claims, ImportProblems problems) {
        Map<String, Integer> perClaim = new HashMap<>();
        for (ParsedRow row : rows) {
            String code = row.get("indicatorCode", String.class).orElse(null);
            if (code == null) {
                continue;
            }
            ClaimsPlan.Claim claim = claims.get(code);
            if (claim == null) {
                problems.cell(FIGURES, row.index(), "indicatorCode", ImportProblemCode.FIGURE_WITHOUT_CLAIM, code, code, null);
                continue;
            }
            if (perClaim.merge(code, 1, Integer::sum) > MAX_FIGURES) {
                problems.row(FIGURES, row.index(), ImportProblemCode.TOO_MANY_ROWS, code + ": max " + MAX_FIGURES);
                continue;
            }
            if (row.failed().isEmpty()) {
                figure(row, problems).ifPresent(claim.figures()::add);
            }
        }
    }

    /**
     * The value cell may carry its unit ("1.79亿", read by the kernel's {@link WrittenFigure}); then the unit
     * cell must be empty or say the same, never a second unit to guess how to join.
     */
    private static Optional<ReportedFigure> figure(ParsedRow row, ImportProblems problems) {
        Object value = row.values().get("value");
        WrittenFigure written = value instanceof WrittenFigure figure ? figure : new WrittenFigure((BigDecimal) value, null);
        String unitCell = row.get("unit", String.class).orElse(null);
        String unit = written.unit() == null ? unitCell : written.unit();
        if (written.unit() != null && unitCell != null && !FigureUnits.normalise(unitCell).equals(written.unit())) {
            problems.cell(FIGURES, row.index(), "unit", ImportProblemCode.UNIT_GIVEN_TWICE,
                    written.value().toPlainString() + written.unit() + " / " + unitCell);
            return Optional.empty();
        }
        return Optional.of(new ReportedFigure(row.get("name", String.class).orElseThrow(), written.value(), unit));
    }

    private static List<ClaimsPlan.Bonus> bonuses(List<ParsedRow> rows, SchemeRules rules, ImportProblems problems) {
        List<ClaimsPlan.Bonus> bonuses = new ArrayList<>();
        for (ParsedRow row : rows) {
            BonusLevel level = row.get("level", String.class).map(BonusLevel::valueOf).orElse(null);
            if (level != null && !rules.bonusPoints().containsKey(level)) {
                problems.cell(BONUS_CLAIMS, row.index(), "level", ImportProblemCode.BONUS_LEVEL_NOT_IN_SCHEME,
                        Choices.BONUS_LEVELS.get(level), null, String.join(", ",
                                rules.bonusPoints().keySet().stream().map(Choices.BONUS_LEVELS::get).sorted().toList()));
                continue;
            }
            if (row.failed().isEmpty()) {
                bonuses.add(new ClaimsPlan.Bonus(row.number(), level, row.get("title", String.class).orElseThrow(),
                        row.get("source", String.class).orElse(null), row.get("awardedOn", LocalDate.class).orElse(null)));
            }
        }
        return bonuses;
    }
}

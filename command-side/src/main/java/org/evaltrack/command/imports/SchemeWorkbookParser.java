package org.evaltrack.command.imports;

import static org.evaltrack.command.imports.SchemeTemplate.BONUS_RULES;
import static org.evaltrack.command.imports.SchemeTemplate.CATEGORIES;
import static org.evaltrack.command.imports.SchemeTemplate.INDICATORS;
import static org.evaltrack.command.imports.SchemeTemplate.SCHEME;
import static org.evaltrack.command.imports.SchemeTemplate.SUB_ITEMS;
import static org.evaltrack.command.imports.SchemeTemplate.VETO_CONDITIONS;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.evaltrack.command.imports.SchemePlan.BonusRuleRow;
import org.evaltrack.command.imports.SchemePlan.CategoryRow;
import org.evaltrack.command.imports.SchemePlan.Header;
import org.evaltrack.command.imports.SchemePlan.IndicatorRow;
import org.evaltrack.command.imports.SchemePlan.VetoRow;
import org.evaltrack.command.imports.SheetReader.ParsedRow;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.score.Score;

/**
 * Reads a scheme workbook and checks everything the scheme commands and publishing would refuse,
 * row by row, so that every problem is known before the first command is sent.
 */
final class SchemeWorkbookParser {

    /** Most sub-items one indicator takes (the API's limit). */
    static final int MAX_SUB_ITEMS = 50;

    private final ZoneId zone;

    SchemeWorkbookParser(ZoneId zone) {
        this.zone = zone;
    }

    /** @throws ImportRejected listing every problem */
    SchemePlan parse(Workbook workbook) {
        ImportProblems problems = new ImportProblems();
        SheetReader schemeSheet = new SheetReader(SCHEME, problems, zone);
        SheetReader categorySheet = new SheetReader(CATEGORIES, problems, zone);
        SheetReader indicatorSheet = new SheetReader(INDICATORS, problems, zone);
        List<ParsedRow> schemeRows = schemeSheet.read(workbook);
        List<ParsedRow> categoryRows = categorySheet.read(workbook);
        List<ParsedRow> indicatorRows = indicatorSheet.read(workbook);
        List<ParsedRow> subItemRows = new SheetReader(SUB_ITEMS, problems, zone).read(workbook);
        List<ParsedRow> bonusRows = new SheetReader(BONUS_RULES, problems, zone).read(workbook);
        List<ParsedRow> vetoRows = new SheetReader(VETO_CONDITIONS, problems, zone).read(workbook);

        // a sheet that is missing or whose headers are wrong is reported once; rows pointing into it are not blamed
        Header header = header(schemeRows, problems, schemeSheet.usable());
        List<CategoryRow> categories = categories(categoryRows, problems);
        Map<String, List<SubItem>> subItems = subItems(subItemRows, indicatorRows, problems, indicatorSheet.usable());
        List<IndicatorRow> indicators = indicators(indicatorRows, categoryRows, subItems, problems,
                indicatorSheet.usable(), categorySheet.usable());
        if (indicatorSheet.usable()) {
            checkBudgets(categoryRows, indicatorRows, problems);
        }
        List<BonusRuleRow> bonusRules = bonusRules(bonusRows, problems);
        List<VetoRow> vetoes = vetoes(vetoRows, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems.all());
        }
        return new SchemePlan(header, categories, indicators, bonusRules, vetoes);
    }

    private static Header header(List<ParsedRow> rows, ImportProblems problems, boolean sheetPresent) {
        if (rows.isEmpty()) {
            if (sheetPresent) {
                problems.row(SCHEME, ImportSheet.FIRST_DATA_ROW, ImportProblemCode.REQUIRED, null);
            }
            return null;
        }
        rows.stream().skip(1).forEach(extra -> problems.row(SCHEME, extra.index(), ImportProblemCode.ONE_ROW_ONLY, null));
        ParsedRow row = rows.get(0);
        row.get("year", Integer.class).filter(year -> year < 2000 || year > 2100)
                .ifPresent(year -> problems.cell(SCHEME, row.index(), "year", ImportProblemCode.OUT_OF_RANGE, "2000..2100"));
        row.get("bonusCap", Score.class).filter(Score::isNegative)
                .ifPresent(cap -> problems.cell(SCHEME, row.index(), "bonusCap", ImportProblemCode.NEGATIVE, cap.toString()));
        Instant claims = row.get("claimsDue", Instant.class).orElse(null);
        Instant evidence = row.get("evidenceDue", Instant.class).orElse(null);
        Instant review = row.get("reviewDue", Instant.class).orElse(null);
        if (claims != null && evidence != null && claims.isAfter(evidence)) {
            problems.cell(SCHEME, row.index(), "evidenceDue", ImportProblemCode.DEADLINES_OUT_OF_ORDER, "claimsDue ≤ evidenceDue");
        }
        if (evidence != null && review != null && evidence.isAfter(review)) {
            problems.cell(SCHEME, row.index(), "reviewDue", ImportProblemCode.DEADLINES_OUT_OF_ORDER, "evidenceDue ≤ reviewDue");
        }
        if (!row.failed().isEmpty() || claims == null || evidence == null || review == null) {
            return null;
        }
        return new Header(row.number(), row.get("year", Integer.class).orElseThrow(), row.get("title", String.class).orElseThrow(),
                row.get("documentNumber", String.class).orElse(null), row.get("issuer", String.class).orElse(null),
                new Deadlines(claims, evidence, review), row.get("bonusCap", Score.class).orElse(null));
    }

    private static List<CategoryRow> categories(List<ParsedRow> rows, ImportProblems problems) {
        List<CategoryRow> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParsedRow row : rows) {
            String code = row.get("code", String.class).orElse(null);
            if (code != null && !seen.add(code)) {
                problems.cell(CATEGORIES, row.index(), "code", ImportProblemCode.DUPLICATE_CODE, code);
                continue;
            }
            row.get("budget", Score.class).filter(Score::isNegative)
                    .ifPresent(b -> problems.cell(CATEGORIES, row.index(), "budget", ImportProblemCode.NEGATIVE, b.toString()));
            if (row.failed().isEmpty() && code != null) {
                categories.add(new CategoryRow(row.number(), code, Section.valueOf(row.get("section", String.class).orElseThrow()),
                        row.get("name", String.class).orElseThrow(), row.get("budget", Score.class).orElseThrow()));
            }
        }
        return categories;
    }

    private static Map<String, List<SubItem>> subItems(List<ParsedRow> rows, List<ParsedRow> indicatorRows,
                                                       ImportProblems problems, boolean indicatorsUsable) {
        Set<String> indicatorCodes = new HashSet<>();
        indicatorRows.forEach(row -> row.get("code", String.class).ifPresent(indicatorCodes::add));
        Map<String, List<SubItem>> byIndicator = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ParsedRow row : rows) {
            String indicator = row.get("indicatorCode", String.class).orElse(null);
            String code = row.get("code", String.class).orElse(null);
            boolean usable = row.failed().isEmpty();
            if (indicatorsUsable && indicator != null && !indicatorCodes.contains(indicator)) {
                problems.cell(SUB_ITEMS, row.index(), "indicatorCode", ImportProblemCode.UNKNOWN_INDICATOR, indicator);
                usable = false;
            }
            if (code != null && !seen.add(code)) {
                problems.cell(SUB_ITEMS, row.index(), "code", ImportProblemCode.DUPLICATE_CODE, code);
                usable = false;
            }
            if (!usable) {
                continue;
            }
            List<SubItem> items = byIndicator.computeIfAbsent(indicator, k -> new ArrayList<>());
            if (items.size() == MAX_SUB_ITEMS) {
                problems.row(SUB_ITEMS, row.index(), ImportProblemCode.TOO_MANY_SUB_ITEMS, "max " + MAX_SUB_ITEMS);
                continue;
            }
            items.add(new SubItem(code, row.get("name", String.class).orElseThrow()));
        }
        return byIndicator;
    }

    private static List<IndicatorRow> indicators(List<ParsedRow> rows, List<ParsedRow> categoryRows,
                                                 Map<String, List<SubItem>> subItems, ImportProblems problems,
                                                 boolean sheetUsable, boolean categoriesUsable) {
        Set<String> categoryCodes = new HashSet<>();
        categoryRows.forEach(row -> row.get("code", String.class).ifPresent(categoryCodes::add));
        List<IndicatorRow> indicators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParsedRow row : rows) {
            int r = row.index();
            boolean usable = row.failed().isEmpty();
            String category = row.get("categoryCode", String.class).orElse(null);
            if (categoriesUsable && category != null && !categoryCodes.contains(category)) {
                problems.cell(INDICATORS, r, "categoryCode", ImportProblemCode.UNKNOWN_CATEGORY, category);
                usable = false;
            }
            String code = row.get("code", String.class).orElse(null);
            if (code != null && !seen.add(code)) {
                problems.cell(INDICATORS, r, "code", ImportProblemCode.DUPLICATE_CODE, code);
                usable = false;
            }
            if (row.failed("scoringMode")) {
                continue;
            }
            ScoringMode mode = row.get("scoringMode", String.class).map(ScoringMode::valueOf).orElse(ScoringMode.STANDARD);
            Score max = row.get("maxPoints", Score.class).orElse(null);
            Score floor = row.get("floor", Score.class).orElse(null);
            usable &= checkPoints(row, mode, max, floor, problems);
            if (usable && code != null) {
                indicators.add(new IndicatorRow(row.number(), category, code, row.get("name", String.class).orElseThrow(), mode,
                        mode == ScoringMode.DEDUCTION_ONLY ? Score.ZERO : max, floor,
                        row.get("assumption", String.class).orElse(null), subItems.getOrDefault(code, List.of())));
            }
        }
        if (sheetUsable && rows.isEmpty()) {
            problems.sheet(INDICATORS, ImportProblemCode.NO_INDICATORS, null);
        }
        return indicators;
    }

    /** STANDARD: a positive maximum and no floor; DEDUCTION_ONLY: worth 0, with a floor of 0 or below. */
    private static boolean checkPoints(ParsedRow row, ScoringMode mode, Score max, Score floor, ImportProblems problems) {
        int r = row.index();
        boolean ok = true;
        if (mode == ScoringMode.STANDARD) {
            if (max == null && !row.failed("maxPoints")) {
                problems.cell(INDICATORS, r, "maxPoints", ImportProblemCode.REQUIRED, null);
                ok = false;
            } else if (max != null && !max.isPositive()) {
                problems.cell(INDICATORS, r, "maxPoints", ImportProblemCode.NOT_POSITIVE, max.toString());
                ok = false;
            }
            if (floor != null) {
                problems.cell(INDICATORS, r, "floor", ImportProblemCode.FLOOR_NOT_ALLOWED, floor.toString());
                ok = false;
            }
        } else {
            if (max != null && max.compareTo(Score.ZERO) != 0) {
                problems.cell(INDICATORS, r, "maxPoints", ImportProblemCode.DEDUCTION_ONLY_NOT_ZERO, max.toString());
                ok = false;
            }
            if (floor == null && !row.failed("floor")) {
                problems.cell(INDICATORS, r, "floor", ImportProblemCode.FLOOR_REQUIRED, null);
                ok = false;
            } else if (floor != null && floor.isPositive()) {
                problems.cell(INDICATORS, r, "floor", ImportProblemCode.POSITIVE_FLOOR, floor.toString());
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Publishing refuses a category whose budget differs from its standard indicators' maxima. The sums
     * are taken over the rows as written (a row with another problem still counts its points); a category
     * with an indicator whose points could not be read is not compared: that row's own problem is the news.
     */
    private static void checkBudgets(List<ParsedRow> categoryRows, List<ParsedRow> indicatorRows, ImportProblems problems) {
        Set<String> unreadable = new HashSet<>();
        Map<String, Score> sums = new LinkedHashMap<>();
        for (ParsedRow row : indicatorRows) {
            String category = row.get("categoryCode", String.class).orElse(null);
            if (category == null) {
                return; // which category it belongs to is unknown, so no sum can be trusted
            }
            if (row.failed("scoringMode") || row.failed("maxPoints")) {
                unreadable.add(category);
                continue;
            }
            ScoringMode mode = row.get("scoringMode", String.class).map(ScoringMode::valueOf).orElse(ScoringMode.STANDARD);
            if (mode == ScoringMode.STANDARD) {
                sums.merge(category, row.get("maxPoints", Score.class).orElse(Score.ZERO), Score::plus);
            }
        }
        Set<String> seen = new HashSet<>();
        for (ParsedRow row : categoryRows) {
            String code = row.get("code", String.class).orElse(null);
            Score budget = row.get("budget", Score.class).orElse(null);
            if (code == null || budget == null || !seen.add(code) || unreadable.contains(code)) {
                continue;
            }
            Score sum = sums.getOrDefault(code, Score.ZERO);
            if (sum.compareTo(budget) != 0) {
                problems.cell(CATEGORIES, row.index(), "budget", ImportProblemCode.BUDGET_MISMATCH, budget + " ≠ " + sum);
            }
        }
    }

    private static List<BonusRuleRow> bonusRules(List<ParsedRow> rows, ImportProblems problems) {
        List<BonusRuleRow> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParsedRow row : rows) {
            String level = row.get("level", String.class).orElse(null);
            boolean usable = row.failed().isEmpty();
            if (level != null && !seen.add(level)) {
                problems.cell(BONUS_RULES, row.index(), "level", ImportProblemCode.DUPLICATE_CODE, Choices.BONUS_LEVELS.get(BonusLevel.valueOf(level)));
                usable = false;
            }
            Score points = row.get("pointsPerItem", Score.class).orElse(null);
            if (points != null && !points.isPositive()) {
                problems.cell(BONUS_RULES, row.index(), "pointsPerItem", ImportProblemCode.NOT_POSITIVE, points.toString());
                usable = false;
            }
            if (usable) {
                rules.add(new BonusRuleRow(row.number(), BonusLevel.valueOf(level), row.get("name", String.class).orElseThrow(), points));
            }
        }
        return rules;
    }

    private static List<VetoRow> vetoes(List<ParsedRow> rows, ImportProblems problems) {
        List<VetoRow> vetoes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParsedRow row : rows) {
            String code = row.get("code", String.class).orElse(null);
            if (code != null && !seen.add(code)) {
                problems.cell(VETO_CONDITIONS, row.index(), "code", ImportProblemCode.DUPLICATE_CODE, code);
                continue;
            }
            if (row.failed().isEmpty()) {
                vetoes.add(new VetoRow(row.number(), code, row.get("name", String.class).orElseThrow()));
            }
        }
        return vetoes;
    }
}

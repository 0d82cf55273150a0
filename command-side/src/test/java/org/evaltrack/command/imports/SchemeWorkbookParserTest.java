package org.evaltrack.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.evaltrack.command.imports.Workbooks.cell;
import static org.evaltrack.command.imports.Workbooks.n;
import static org.evaltrack.command.imports.Workbooks.row;

import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class SchemeWorkbookParserTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final SchemeWorkbookParser parser = new SchemeWorkbookParser(BEIJING);

    @Test
    void aValidWorkbookBecomesThePlanOfTheScheme() {
        SchemePlan plan = parser.parse(Workbooks.scheme(Workbooks.validScheme()));

        assertThat(plan.header().year()).isEqualTo(2019);
        assertThat(plan.header().row()).isEqualTo(3);
        assertThat(plan.header().bonusCap()).isEqualTo(Score.of("10"));
        assertThat(plan.categories()).extracting(SchemePlan.CategoryRow::code, SchemePlan.CategoryRow::section,
                        SchemePlan.CategoryRow::budget, SchemePlan.CategoryRow::row)
                .containsExactly(tuple("1.1", Section.COMMON, Score.of("25"), 3), tuple("2.1", Section.SPECIFIC, Score.of("5"), 4));
        assertThat(plan.indicators()).extracting(SchemePlan.IndicatorRow::code, SchemePlan.IndicatorRow::mode,
                        SchemePlan.IndicatorRow::maxPoints, SchemePlan.IndicatorRow::floor)
                .containsExactly(
                        tuple("1.1.1", ScoringMode.STANDARD, Score.of("15"), null),
                        tuple("1.1.2", ScoringMode.STANDARD, Score.of("10"), null),
                        tuple("2.1.1", ScoringMode.STANDARD, Score.of("5"), null),
                        tuple("2.1.2", ScoringMode.DEDUCTION_ONLY, Score.ZERO, Score.of("-2")));
        assertThat(plan.indicators().get(1).subItems())
                .containsExactly(new SubItem("1.1.2.1", "债务控制"), new SubItem("1.1.2.2", "治欠保支"));
        assertThat(plan.indicators().get(3).assumption()).isEqualTo("推定的下限");
        assertThat(plan.bonusRules()).extracting(SchemePlan.BonusRuleRow::level)
                .containsExactly(BonusLevel.CENTRAL_MEDIA, BonusLevel.PROVINCIAL_MEDIA);
        assertThat(plan.vetoConditions()).extracting(SchemePlan.VetoRow::code).containsExactly("VETO-SAFETY");
    }

    @Test
    void aSchemeWithoutACapLeavesTheCellEmpty() {
        Map<ImportSheet, List<List<Object>>> sheets = Workbooks.validScheme();
        sheets.put(SchemeTemplate.SCHEME, List.of(Workbooks.row(2019, "测试方案", "测办发〔2019〕1号", "测试县人民政府办公室",
                LocalDateTime.of(2020, 1, 10, 0, 0), LocalDateTime.of(2020, 1, 15, 18, 0), "2020-02-28", null)));

        assertThat(parser.parse(Workbooks.scheme(sheets)).header().bonusCap()).isNull();
    }

    @Test
    void aDeadlineGivenAsADayMeansTheEndOfThatDayInBeijing() {
        SchemePlan plan = parser.parse(Workbooks.scheme(Workbooks.validScheme()));

        assertThat(plan.header().deadlines().claimsDue()).isEqualTo(Instant.parse("2020-01-10T15:59:59Z"));
        assertThat(plan.header().deadlines().evidenceDue()).isEqualTo(Instant.parse("2020-01-15T10:00:00Z"));
        assertThat(plan.header().deadlines().reviewDue()).isEqualTo(Instant.parse("2020-02-28T15:59:59Z"));
    }

    @Test
    void theExampleRowIsNeverImported() {
        XSSFWorkbook workbook = Workbooks.scheme(Workbooks.validScheme());
        assertThat(cell(workbook, SchemeTemplate.CATEGORIES, 2, "code").getStringCellValue()).isEqualTo("1.1");

        SchemePlan plan = parser.parse(workbook);

        assertThat(plan.categories()).hasSize(2);
    }

    @Test
    void cellsThatCannotBeReadAreEachReportedWithSheetRowAndCell() {
        XSSFWorkbook workbook = Workbooks.scheme(Workbooks.validScheme());
        cell(workbook, SchemeTemplate.SCHEME, 3, "year").setCellValue("二〇一九");
        cell(workbook, SchemeTemplate.CATEGORIES, 4, "budget").setCellValue("5分");
        cell(workbook, SchemeTemplate.CATEGORIES, 3, "section").setCellValue("第三板块");
        cell(workbook, SchemeTemplate.INDICATORS, 3, "maxPoints").setCellValue(15.123);
        cell(workbook, SchemeTemplate.INDICATORS, 4, "maxPoints").setCellFormula("5+5");
        cell(workbook, SchemeTemplate.INDICATORS, 5, "name").setBlank();
        cell(workbook, SchemeTemplate.INDICATORS, 6, "code").setCellValue("2.1.2 全面小康");
        cell(workbook, SchemeTemplate.BONUS_RULES, 4, "pointsPerItem").setCellValue("0.3分");
        cell(workbook, SchemeTemplate.SCHEME, 3, "reviewDue").setCellValue("下月底");

        List<RowProblem> problems = rejected(workbook);

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::row, RowProblem::cell, RowProblem::code)
                .contains(
                        tuple("方案 Scheme", 3, "A3", "NOT_A_NUMBER"),
                        tuple("方案 Scheme", 3, "G3", "NOT_A_DATE"),
                        tuple("类别 Categories", 3, "A3", "UNKNOWN_CHOICE"),
                        tuple("类别 Categories", 4, "D4", "NOT_A_NUMBER"),
                        tuple("指标 Indicators", 3, "E3", "TOO_MANY_DECIMALS"),
                        tuple("指标 Indicators", 4, "E4", "FORMULA"),
                        tuple("指标 Indicators", 5, "C5", "REQUIRED"),
                        tuple("指标 Indicators", 6, "B6", "BAD_CODE"),
                        tuple("加分规则 BonusRules", 4, "C4", "NOT_A_NUMBER"));
    }

    @Test
    void theRulesOfTheSchemeCommandsAndOfPublishingAreCheckedRowByRow() {
        Map<ImportSheet, List<List<Object>>> rows = Workbooks.validScheme();
        rows.put(SchemeTemplate.SCHEME, List.of(row(1999, "测试方案", "文号", "发文单位", "2020-01-20", "2020-01-15", "2020-01-10", n("-1"))));
        rows.put(SchemeTemplate.CATEGORIES, List.of(
                row("共性考核指标", "1.1", "三大攻坚战", n("30")),
                row("个性指标", "2.1", "高质量发展", n("5")),
                row("个性指标", "1.1", "重复的类别", n("-3"))));
        rows.put(SchemeTemplate.INDICATORS, List.of(
                row("1.1", "1.1.1", "精准脱贫", "标准计分", n("15")),
                row("1.1", "1.1.1", "重复的指标", "标准计分", n("10")),
                row("9.9", "9.9.1", "没有类别", "标准计分", n("1")),
                row("2.1", "2.1.1", "主要经济指标", "标准计分", n("0")),
                row("2.1", "2.1.2", "全面小康", "反向扣分", n("1"), null),
                row("2.1", "2.1.3", "深化改革", "反向扣分", null, n("2")),
                row("2.1", "2.1.4", "有下限的标准指标", "标准计分", n("5"), n("-1"))));
        rows.put(SchemeTemplate.SUB_ITEMS, List.of(row("8.8.8", "8.8.8.1", "无主子项")));
        rows.put(SchemeTemplate.BONUS_RULES, List.of(row("中央主流媒体推介", "中央", n("0.5")),
                row("CENTRAL_MEDIA", "中央又一次", n("0"))));
        rows.put(SchemeTemplate.VETO_CONDITIONS, List.of(row("VETO-1", "事故"), row("VETO-1", "又是事故")));

        List<RowProblem> problems = rejected(Workbooks.scheme(rows));

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::row, RowProblem::cell, RowProblem::code, RowProblem::value)
                .containsExactlyInAnyOrder(
                        tuple("方案 Scheme", 3, "A3", "OUT_OF_RANGE", "2000..2100"),
                        tuple("方案 Scheme", 3, "H3", "NEGATIVE", "-1.00"),
                        tuple("方案 Scheme", 3, "F3", "DEADLINES_OUT_OF_ORDER", "claimsDue ≤ evidenceDue"),
                        tuple("方案 Scheme", 3, "G3", "DEADLINES_OUT_OF_ORDER", "evidenceDue ≤ reviewDue"),
                        tuple("类别 Categories", 5, "B5", "DUPLICATE_CODE", "1.1"),
                        tuple("类别 Categories", 3, "D3", "BUDGET_MISMATCH", "30.00 ≠ 25.00"),
                        tuple("指标 Indicators", 4, "B4", "DUPLICATE_CODE", "1.1.1"),
                        tuple("指标 Indicators", 5, "A5", "UNKNOWN_CATEGORY", "9.9"),
                        tuple("指标 Indicators", 6, "E6", "NOT_POSITIVE", "0.00"),
                        tuple("指标 Indicators", 7, "E7", "DEDUCTION_ONLY_NOT_ZERO", "1.00"),
                        tuple("指标 Indicators", 7, "F7", "FLOOR_REQUIRED", null),
                        tuple("指标 Indicators", 8, "F8", "POSITIVE_FLOOR", "2.00"),
                        tuple("指标 Indicators", 9, "F9", "FLOOR_NOT_ALLOWED", "-1.00"),
                        tuple("子项 SubItems", 3, "A3", "UNKNOWN_INDICATOR", "8.8.8"),
                        tuple("加分规则 BonusRules", 4, "A4", "DUPLICATE_CODE", "中央主流媒体推介"),
                        tuple("加分规则 BonusRules", 4, "C4", "NOT_POSITIVE", "0.00"),
                        tuple("一票否决 Vetoes", 4, "A4", "DUPLICATE_CODE", "VETO-1"));
    }

    @Test
    void mergedCellsAreRefusedOncePerRegion() {
        XSSFWorkbook workbook = Workbooks.scheme(Workbooks.validScheme());
        workbook.getSheet(SchemeTemplate.INDICATORS.name()).addMergedRegion(CellRangeAddress.valueOf("A3:A4"));

        List<RowProblem> problems = rejected(workbook);

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::row, RowProblem::cell, RowProblem::code, RowProblem::value)
                .containsExactly(tuple("指标 Indicators", 3, "A3", "MERGED_CELL", "A3:A4"));
    }

    @Test
    void aRenamedHeaderOrAMissingSheetIsReported() {
        XSSFWorkbook workbook = Workbooks.scheme(Workbooks.validScheme());
        cell(workbook, SchemeTemplate.CATEGORIES, 1, "budget").setCellValue("分数");
        workbook.removeSheetAt(workbook.getSheetIndex(SchemeTemplate.VETO_CONDITIONS.name()));

        List<RowProblem> problems = rejected(workbook);

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::row, RowProblem::cell, RowProblem::code, RowProblem::value)
                .containsExactlyInAnyOrder(
                        tuple("类别 Categories", 1, "D1", "HEADER_MISMATCH", "分值 Budget"),
                        tuple("一票否决 Vetoes", 0, null, "SHEET_MISSING", "一票否决 Vetoes"));
    }

    @Test
    void theEmptyTemplateAsDownloadedNeedsTheSchemeRowAndIndicators() {
        List<RowProblem> problems = rejected(Workbooks.scheme(Map.of()));

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::row, RowProblem::code)
                .containsExactlyInAnyOrder(tuple("方案 Scheme", 3, "REQUIRED"), tuple("指标 Indicators", 0, "NO_INDICATORS"));
    }

    @Test
    void aSheetWithMoreRowsThanTheTemplateTakesIsRefusedAtTheFirstRowTooMany() {
        XSSFWorkbook workbook = Workbooks.scheme(Workbooks.validScheme());
        for (int r = 3; r <= 3 + SchemeTemplate.BONUS_RULES.maxRows(); r++) {
            cell(workbook, SchemeTemplate.BONUS_RULES, r, "name").setCellValue("规则" + r);
        }

        List<RowProblem> problems = rejected(workbook);

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::row, RowProblem::code)
                .contains(tuple("加分规则 BonusRules", 3 + SchemeTemplate.BONUS_RULES.maxRows(), "TOO_MANY_ROWS"));
    }

    private List<RowProblem> rejected(XSSFWorkbook workbook) {
        ImportRejected rejection = catchThrowableOfType(ImportRejected.class, () -> parser.parse(workbook));
        assertThat(rejection).as("the workbook must be rejected").isNotNull();
        return rejection.problems();
    }
}

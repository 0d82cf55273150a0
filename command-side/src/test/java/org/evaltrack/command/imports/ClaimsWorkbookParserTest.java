package org.evaltrack.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.evaltrack.command.imports.Workbooks.n;
import static org.evaltrack.command.imports.Workbooks.row;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evaltrack.command.assessment.IndicatorRule;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class ClaimsWorkbookParserTest {

    private static final SchemeRules RULES = new SchemeRules(SchemeId.of("scheme-t"), 2019, SchemeRules.SchemeStatus.PUBLISHED,
            new Deadlines(Instant.parse("2030-01-10T15:59:59Z"), Instant.parse("2030-01-15T15:59:59Z"),
                    Instant.parse("2030-02-28T15:59:59Z")),
            Map.of("1.1.1", new IndicatorRule("1.1.1", "1.1", ScoringMode.STANDARD, Score.of("15"), null),
                    "1.2.2", new IndicatorRule("1.2.2", "1.2", ScoringMode.STANDARD, Score.of("2"), null),
                    "2.1.1", new IndicatorRule("2.1.1", "2.1", ScoringMode.STANDARD, Score.of("5"), null),
                    "2.1.2", new IndicatorRule("2.1.2", "2.1", ScoringMode.DEDUCTION_ONLY, Score.ZERO, Score.of("-2"))),
            Map.of(BonusLevel.CENTRAL_MEDIA, Score.of("0.5"), BonusLevel.MUNICIPAL_COMMENDATION, Score.of("0.5")),
            Score.of("10"), Map.of());

    private final ClaimsWorkbookParser parser = new ClaimsWorkbookParser(ZoneId.of("Asia/Shanghai"));

    @Test
    void claimsWithTheirFiguresAndBonusesAreRead() {
        ClaimsPlan plan = parser.parse(workbook(
                List.of(row("1.1.1", "精准脱贫", "0 ~ 15", n("15"), "脱贫33户"),
                        row("1.2.2", "政协工作", "0 ~ 2", null, null),
                        row("2.1.1", "主要经济指标", "0 ~ 5", "4.5", "两项指标完成"),
                        row("2.1.2", "全面小康", "-2 ~ 0", n("-0.5"), null)),
                List.of(row("2.1.1", "固定资产投资", n("1.79"), "亿元"), row("2.1.1", "增速", "-3.5", "%")),
                List.of(row("中央主流媒体推介", "《东山乡：亮出公开承诺》", "人民网", LocalDate.of(2019, 11, 20)),
                        row("MUNICIPAL_COMMENDATION", "市优秀单位", null, "2019-12-01"))), RULES);

        assertThat(plan.claims()).extracting(ClaimsPlan.Claim::row, ClaimsPlan.Claim::indicatorCode, ClaimsPlan.Claim::score,
                        ClaimsPlan.Claim::narrative)
                .containsExactly(tuple(3, "1.1.1", Score.of("15"), "脱贫33户"), tuple(5, "2.1.1", Score.of("4.5"), "两项指标完成"),
                        tuple(6, "2.1.2", Score.of("-0.5"), null));
        assertThat(plan.claims().get(1).figures()).containsExactly(
                new ReportedFigure("固定资产投资", n("1.79"), "亿元"), new ReportedFigure("增速", n("-3.5"), "%"));
        assertThat(plan.bonuses()).extracting(ClaimsPlan.Bonus::row, ClaimsPlan.Bonus::level, ClaimsPlan.Bonus::awardedOn)
                .containsExactly(tuple(3, BonusLevel.CENTRAL_MEDIA, LocalDate.of(2019, 11, 20)),
                        tuple(4, BonusLevel.MUNICIPAL_COMMENDATION, LocalDate.of(2019, 12, 1)));
    }

    @Test
    void everyRowIsCheckedAgainstTheSchemeRules() {
        List<RowProblem> problems = rejected(workbook(
                List.of(row("1.1.1", null, null, n("16"), null),
                        row("1.2.2", null, null, n("1.555"), null),
                        row("2.1.2", null, null, n("1"), null),
                        row("9.9.9", null, null, n("1"), null),
                        row("1.1.1", null, null, n("1"), null),
                        row("2.1.1", null, null, null, "只写了说明"),
                        row("2.1.1", null, null, "五分", null)),
                List.of(row("1.2.2", "数据", n("1"), null), row("2.1.1", "数据", "很多", null)),
                List.of(row("省级主流媒体推介", "省报报道", null, LocalDate.of(2019, 5, 1)),
                        row("中央主流媒体推介", null, null, "去年"))));

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::row, RowProblem::cell, RowProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("自评 Claims", 3, "D3", "SCORE_OUT_OF_RANGE"),
                        tuple("自评 Claims", 4, "D4", "TOO_MANY_DECIMALS"),
                        tuple("自评 Claims", 5, "D5", "SCORE_OUT_OF_RANGE"),
                        tuple("自评 Claims", 6, "A6", "UNKNOWN_INDICATOR"),
                        tuple("自评 Claims", 7, "A7", "DUPLICATE_CODE"),
                        tuple("自评 Claims", 8, "D8", "REQUIRED"),
                        tuple("自评 Claims", 9, "A9", "DUPLICATE_CODE"),
                        tuple("自评 Claims", 9, "D9", "NOT_A_NUMBER"),
                        tuple("报送数据 Figures", 3, "A3", "FIGURE_WITHOUT_CLAIM"),
                        tuple("报送数据 Figures", 4, "A4", "FIGURE_WITHOUT_CLAIM"),
                        tuple("报送数据 Figures", 4, "C4", "NOT_A_NUMBER"),
                        tuple("加分 BonusClaims", 3, "A3", "BONUS_LEVEL_NOT_IN_SCHEME"),
                        tuple("加分 BonusClaims", 4, "B4", "REQUIRED"),
                        tuple("加分 BonusClaims", 4, "D4", "NOT_A_DATE"));
    }

    @Test
    void cellsObeyTheSameKernelLimitsAsTheApi() {
        List<RowProblem> problems = rejected(workbook(
                // a workbook's XML cannot carry NUL or lone surrogates at all; line breaks and lengths it can
                List.of(row("1.1.1", null, null, n("1"), "说".repeat(20001)),
                        row("2.1.1", null, null, n("1"), "第一行\r\n第二行")),
                List.of(row("2.1.1", "固定\r\n资产", n("1.79"), "亿元"),
                        row("2.1.1", "增速", n("1.0000001"), "元".repeat(51))),
                List.of(row("中央主流媒体推介", "报道", null, LocalDate.of(2101, 1, 1)))));

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::cell, RowProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("自评 Claims", "E3", "TOO_LONG"),
                        tuple("报送数据 Figures", "B3", "NOT_PLAIN_TEXT"),
                        tuple("报送数据 Figures", "C4", "TOO_MANY_DECIMALS"),
                        tuple("报送数据 Figures", "D4", "TOO_LONG"),
                        tuple("加分 BonusClaims", "D3", "OUT_OF_RANGE"));
    }

    @Test
    void aValueCellWrittenTheWayClerksWriteItCarriesItsUnit() {
        ClaimsPlan plan = parser.parse(workbook(
                List.of(row("2.1.1", null, null, n("4"), null)),
                List.of(row("2.1.1", "固定资产投资", "1.79亿", null),
                        row("2.1.1", "一般公共预算收入", "17168万", null),
                        row("2.1.1", "税收收入", "3.9881亿元", "亿元"),
                        row("2.1.1", "调研报告", "３篇", null),
                        row("2.1.1", "增速", "-3.5", "%"),
                        row("2.1.1", "地区生产总值", n("4567890123"), "元")),
                List.of()), RULES);

        assertThat(plan.claims().get(0).figures()).extracting(ReportedFigure::name, f -> f.value().toPlainString(), ReportedFigure::unit)
                .containsExactly(tuple("固定资产投资", "1.79", "亿"), tuple("一般公共预算收入", "17168", "万"),
                        tuple("税收收入", "3.9881", "亿元"), tuple("调研报告", "3", "篇"), tuple("增速", "-3.5", "%"),
                        tuple("地区生产总值", "4567890123", "元"));
    }

    @Test
    void aUnitInTheValueCellAndAnotherInTheUnitCellIsRefusedNotGuessed() {
        List<RowProblem> problems = rejected(workbook(
                List.of(row("2.1.1", null, null, n("4"), null)),
                List.of(row("2.1.1", "固定资产投资", "1.79亿", "元"), row("2.1.1", "人口", "约一万人", null),
                        row("2.1.1", "投资", "1.0000001亿", null), row("2.1.1", "总量", "1234567890123456789万", null)),
                List.of()));

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::cell, RowProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("报送数据 Figures", "D3", "UNIT_GIVEN_TWICE"),
                        tuple("报送数据 Figures", "C4", "NOT_A_NUMBER"),
                        tuple("报送数据 Figures", "C5", "TOO_MANY_DECIMALS"),
                        tuple("报送数据 Figures", "C6", "OUT_OF_RANGE"));
    }

    @Test
    void aWorkbookThatClaimsNothingIsRefused() {
        List<RowProblem> problems = rejected(workbook(List.of(row("1.1.1", "精准脱贫", "0 ~ 15", null, null)), List.of(), List.of()));

        assertThat(problems).extracting(RowProblem::sheet, RowProblem::code).containsExactly(tuple("自评 Claims", "NOTHING_TO_IMPORT"));
    }

    @Test
    void theReferenceColumnsAreNotRead() {
        ClaimsPlan plan = parser.parse(workbook(List.of(row("1.1.1", "名称随便改", "写什么都行", n("3"), null)), List.of(), List.of()),
                RULES);

        assertThat(plan.claims()).extracting(ClaimsPlan.Claim::score).containsExactly(Score.of("3"));
    }

    private static XSSFWorkbook workbook(List<List<Object>> claims, List<List<Object>> figures, List<List<Object>> bonuses) {
        return Workbooks.open(new TemplateWriter()
                .instructions("填写说明 Instructions", ClaimsTemplate.INSTRUCTIONS)
                .sheet(ClaimsTemplate.CLAIMS, claims)
                .sheet(ClaimsTemplate.FIGURES, figures)
                .sheet(ClaimsTemplate.bonusClaims(RULES.bonusPoints().keySet()), bonuses)
                .bytes());
    }

    private List<RowProblem> rejected(XSSFWorkbook workbook) {
        ImportRejected rejection = catchThrowableOfType(ImportRejected.class, () -> parser.parse(workbook, RULES));
        assertThat(rejection).as("the workbook must be rejected").isNotNull();
        return rejection.problems();
    }
}

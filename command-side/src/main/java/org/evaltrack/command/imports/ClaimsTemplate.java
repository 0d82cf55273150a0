package org.evaltrack.command.imports;

import org.evaltrack.kernel.limit.TextLimit;
import static org.evaltrack.command.imports.ColumnKind.CODE;
import static org.evaltrack.command.imports.ColumnKind.DATE;
import static org.evaltrack.command.imports.ColumnKind.FIGURE;
import static org.evaltrack.command.imports.ColumnKind.INFO;
import static org.evaltrack.command.imports.ColumnKind.POINTS;
import static org.evaltrack.command.imports.ColumnKind.TEXT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;

/**
 * The claims workbook (自评及加分导入模板) of one assessment: the scheme's indicators already listed,
 * so a unit only fills in its scores, narratives, reported figures and bonus list.
 */
final class ClaimsTemplate {

    static final ImportSheet CLAIMS = new ImportSheet("自评 Claims",
            "每个指标一行，已按方案列出；只填自评分和说明，不申报的指标自评分留空",
            "One row per indicator, listed from the scheme; fill in the score and narrative, leave the score empty to skip",
            List.of(
                    ImportColumn.of("indicatorCode", "指标编号 Indicator code", CODE, true, "方案中的指标编号，请勿改动",
                            "The scheme's indicator code; do not change it", "1.1.1"),
                    ImportColumn.of("name", "指标名称 Indicator", INFO, false, "仅供参考，导入时不读取",
                            "For reference; not read on import", "（示例）精准脱贫").width(24),
                    ImportColumn.of("range", "可填范围 Range", INFO, false, "自评分须在此范围内",
                            "The claimed score must lie in this range", "0 ~ 15").width(14),
                    ImportColumn.of("claimedScore", "自评分 Claimed score", POINTS, false,
                            "最多两位小数；反向扣分指标填 0 或负数；留空表示不申报",
                            "At most two decimals; 0 or below for deduction-only; empty: not claimed", new BigDecimal("15")),
                    ImportColumn.of("narrative", "自评说明 Narrative", TEXT, false, "自查自评情况说明",
                            "What the unit did, in its own words", "2019年共脱贫33户102人……").limit(TextLimit.NARRATIVE).width(60)),
            2000);

    static final ImportSheet FIGURES = new ImportSheet("报送数据 Figures",
            "自评中报送的数据，每个数据一行，指标须在“自评”表中申报",
            "Figures reported with a claim, one per row; the indicator must be claimed on the Claims sheet",
            List.of(
                    ImportColumn.of("indicatorCode", "指标编号 Indicator code", CODE, true, "该数据所属指标",
                            "The indicator the figure belongs to", "2.1.1"),
                    ImportColumn.of("name", "数据名称 Figure", TEXT, true, "如 固定资产投资", "e.g. 固定资产投资", "固定资产投资")
                            .width(24),
                    ImportColumn.of("value", "数值 Value", FIGURE, true, "数字；也可连单位一起写，如 1.79亿、17168万",
                            "A number; or number and unit together, e.g. 1.79亿 or 17168万", new BigDecimal("1.79")),
                    ImportColumn.of("unit", "单位 Unit", TEXT, false, "如 亿元、%", "e.g. 亿元 or %", "亿元").limit(TextLimit.FIGURE_UNIT)),
            2000);

    static final ImportSheet BONUS_CLAIMS = bonusClaims(List.of(BonusLevel.values()));

    static final List<String> INSTRUCTIONS = List.of(
            "自查自评及创先争优加分导入模板 / Claims and bonus list import template",
            "",
            "1. 每张表第1行是表头（鼠标停在表头上可看说明），第2行是灰色示例行，导入时忽略；请从第3行起填写。",
            "   Row 1 holds the headers (hover for help), row 2 is a grey example that is ignored; fill in from row 3.",
            "2. “自评”表已列出本方案全部指标，只填自评分和说明；自评分留空的指标不申报。",
            "   The Claims sheet lists every indicator of the scheme; fill in score and narrative, an empty score is not claimed.",
            "3. 自评分最多两位小数，须在“可填范围”内；请不要使用公式、合并单元格，也不要写“15分”这样的文字。",
            "   Scores have at most two decimals and lie within the range; no formulas, no merged cells, no text such as 15分.",
            "4. “加分”表每项荣誉或报道一行，级别从下拉列表选择（只列出本方案有加分规则的级别）。",
            "   The Bonus sheet takes one award or feature per row; pick the level from the list (only levels the scheme rewards).",
            "5. 导入时先检查全部内容，有任何问题都会逐行列出且不保存任何内容；全部无误才提交。",
            "   The import checks everything first and lists every problem without storing anything; claims are sent only when nothing is wrong.",
            "6. 不要改动表名、表头和列的顺序。",
            "   Do not rename sheets, change headers or reorder columns.");

    private ClaimsTemplate() {
    }

    /** The bonus sheet with a drop-down of the given levels; the parser reads every level and checks the scheme's. */
    static ImportSheet bonusClaims(Collection<BonusLevel> levels) {
        BonusLevel exampleLevel = levels.isEmpty() ? BonusLevel.CENTRAL_MEDIA : levels.iterator().next();
        return new ImportSheet("加分 BonusClaims",
                "创先争优加分申报，每项一行", "Bonus awards claimed, one per row",
                List.of(
                        ImportColumn.choice("level", "级别 Level", true, Choices.bonusLevels(levels),
                                "从下拉列表选择", "Pick from the list", Choices.BONUS_LEVELS.get(exampleLevel)),
                        ImportColumn.of("title", "名称 Title", TEXT, true, "荣誉名称或报道标题",
                                "The commendation or the feature's headline", "《某乡：亮出“公开承诺” 赢得群众好评》").width(40),
                        ImportColumn.of("source", "来源 Source", TEXT, false, "颁发单位或媒体", "Who awarded or published it",
                                "中央主流媒体").width(20),
                        ImportColumn.of("awardedOn", "日期 Date", DATE, false, "表彰或报道日期；来源未注明日期时留空",
                                "When it was awarded or published; leave empty when the source gives none",
                                LocalDate.of(2019, 11, 20))),
                200);
    }

    static String range(ScoringMode mode, org.evaltrack.kernel.score.Score max, org.evaltrack.kernel.score.Score floor) {
        return mode == ScoringMode.DEDUCTION_ONLY
                ? (floor == null ? "?" : floor.value().stripTrailingZeros().toPlainString()) + " ~ 0"
                : "0 ~ " + (max == null ? "?" : max.value().stripTrailingZeros().toPlainString());
    }
}

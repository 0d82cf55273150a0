package org.evaltrack.command.imports;

import org.evaltrack.kernel.limit.TextLimit;
import static org.evaltrack.command.imports.ColumnKind.CODE;
import static org.evaltrack.command.imports.ColumnKind.DATE_TIME;
import static org.evaltrack.command.imports.ColumnKind.INTEGER;
import static org.evaltrack.command.imports.ColumnKind.POINTS;
import static org.evaltrack.command.imports.ColumnKind.TEXT;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;

/** The scheme workbook (评估方案导入模板): one sheet per part of a scheme, each column defined once. */
final class SchemeTemplate {

    static final ImportSheet SCHEME = new ImportSheet("方案 Scheme",
            "方案基本信息，只填第3行一行", "The scheme itself: fill in row 3 only",
            List.of(
                    ImportColumn.of("year", "年度 Year", INTEGER, true, "考核年度，如 2019", "The assessment year, e.g. 2019", 2019)
                            .width(10),
                    ImportColumn.of("title", "方案名称 Title", TEXT, true, "方案全称", "The scheme's full title",
                            "2019年某县重点工作绩效评估方案").width(36),
                    ImportColumn.of("documentNumber", "文号 Document number", TEXT, true, "发文文号",
                            "The document number", "某办发〔2019〕1号").limit(TextLimit.LABEL).width(20),
                    ImportColumn.of("issuer", "发文单位 Issuer", TEXT, true, "发文单位", "Who issued it",
                            "某县人民政府办公室").width(24),
                    ImportColumn.of("claimsDue", "自评截止 Claims due", DATE_TIME, true,
                            "自查自评截止时间（北京时间）。只填日期表示当日 23:59:59",
                            "When claims are due (Beijing time). A date alone means 23:59:59 that day",
                            LocalDateTime.of(2020, 1, 10, 23, 59, 59)),
                    ImportColumn.of("evidenceDue", "佐证截止 Evidence due", DATE_TIME, true,
                            "佐证材料截止时间，不早于自评截止", "When evidence is due; not before the claims deadline",
                            LocalDateTime.of(2020, 1, 15, 23, 59, 59)),
                    ImportColumn.of("reviewDue", "审核截止 Review due", DATE_TIME, true,
                            "审核截止时间，不早于佐证截止", "When the review is due; not before the evidence deadline",
                            LocalDateTime.of(2020, 2, 28, 23, 59, 59)),
                    ImportColumn.of("bonusCap", "加分上限 Bonus cap", POINTS, false,
                            "创先争优加分最多计入的分数，0 或正数，最多两位小数；方案不设上限时留空",
                            "Most bonus points that count; 0 or more, at most two decimals; empty when the scheme sets no cap",
                            new BigDecimal("10"))),
            1);

    static final ImportSheet CATEGORIES = new ImportSheet("类别 Categories",
            "类别及其分值；每个类别的分值须等于其下标准计分指标分值之和",
            "Categories and their budgets; each budget must equal the sum of its standard indicators' maxima",
            List.of(
                    ImportColumn.choice("section", "板块 Section", true, Choices.of(Section.class, Choices.SECTIONS),
                            "从下拉列表选择：共性考核指标 或 个性指标", "Pick from the list: common or specific",
                            Choices.SECTIONS.get(Section.COMMON)),
                    ImportColumn.of("code", "类别编号 Category code", CODE, true,
                            "唯一编号，如 1.1；只用字母、数字、点、横线", "Unique code such as 1.1: letters, digits, dots, dashes",
                            "1.1"),
                    ImportColumn.of("name", "类别名称 Category name", TEXT, true, "如 三大攻坚战", "e.g. 三大攻坚战", "三大攻坚战")
                            .width(24),
                    ImportColumn.of("budget", "分值 Budget", POINTS, true, "该类别总分，0 或正数，最多两位小数",
                            "The category's points; 0 or more, at most two decimals", new BigDecimal("25"))),
            200);

    static final ImportSheet INDICATORS = new ImportSheet("指标 Indicators",
            "指标；类别编号须在“类别”表中", "Indicators; the category code must be on the Categories sheet",
            List.of(
                    ImportColumn.of("categoryCode", "类别编号 Category code", CODE, true, "所属类别的编号",
                            "Code of the category it belongs to", "1.1"),
                    ImportColumn.of("code", "指标编号 Indicator code", CODE, true, "唯一编号，如 1.1.1",
                            "Unique code such as 1.1.1", "1.1.1"),
                    ImportColumn.of("name", "指标名称 Indicator name", TEXT, true, "如 精准脱贫", "e.g. 精准脱贫", "精准脱贫")
                            .width(24),
                    ImportColumn.choice("scoringMode", "评分方式 Scoring mode", false,
                            Choices.of(ScoringMode.class, Choices.SCORING_MODES),
                            "标准计分（0 至分值）或 反向扣分（分值为 0，只扣不加）；不填为标准计分",
                            "Standard (0 to the maximum) or deduction-only (worth 0, only loses points); empty means standard",
                            Choices.SCORING_MODES.get(ScoringMode.STANDARD)),
                    ImportColumn.of("maxPoints", "分值 Max points", POINTS, false,
                            "标准计分：正数，最多两位小数；反向扣分：不填或 0",
                            "Standard: positive, at most two decimals; deduction-only: empty or 0", new BigDecimal("15")),
                    ImportColumn.of("floor", "扣分下限 Floor", POINTS, false,
                            "仅反向扣分填写：最多扣到的分数，0 或负数，如 -2；标准计分不填",
                            "Deduction-only only: the lowest score, 0 or below such as -2; empty for standard", null),
                    ImportColumn.of("assumption", "推定说明 Assumption", TEXT, false,
                            "分值系推定而非文件明确规定时，写明依据，审核人员可见",
                            "Where a value was inferred rather than stated, say why; reviewers see it", null)
                            .limit(TextLimit.REASON).width(30)),
            2000);

    static final ImportSheet SUB_ITEMS = new ImportSheet("子项 SubItems",
            "指标的子项（只作说明，不单独计分），可不填", "Sub-items of indicators (described, not scored on their own); optional",
            List.of(
                    ImportColumn.of("indicatorCode", "指标编号 Indicator code", CODE, true, "所属指标的编号",
                            "Code of the indicator it belongs to", "1.1.2"),
                    ImportColumn.of("code", "子项编号 Sub-item code", CODE, true, "唯一编号，如 1.1.2.1",
                            "Unique code such as 1.1.2.1", "1.1.2.1"),
                    ImportColumn.of("name", "子项名称 Sub-item name", TEXT, true, "如 债务控制", "e.g. 债务控制", "债务控制")
                            .width(24)),
            2000);

    static final ImportSheet BONUS_RULES = new ImportSheet("加分规则 BonusRules",
            "创先争优加分规则，每个级别一行", "Bonus rules, one row per level",
            List.of(
                    ImportColumn.choice("level", "级别 Level", true, Choices.of(BonusLevel.class, Choices.BONUS_LEVELS),
                            "从下拉列表选择，每个级别只填一次", "Pick from the list; each level once",
                            Choices.BONUS_LEVELS.get(BonusLevel.CENTRAL_MEDIA)),
                    ImportColumn.of("name", "规则名称 Name", TEXT, true, "如 中央主流媒体推介", "e.g. 中央主流媒体推介",
                            "中央主流媒体推介").width(24),
                    ImportColumn.of("pointsPerItem", "每项加分 Points per item", POINTS, true, "正数，最多两位小数",
                            "Positive, at most two decimals", new BigDecimal("0.5"))),
            50);

    static final ImportSheet VETO_CONDITIONS = new ImportSheet("一票否决 Vetoes",
            "一票否决情形，可不填", "Veto conditions (一票否决); optional",
            List.of(
                    ImportColumn.of("code", "情形编号 Condition code", CODE, true, "唯一编号，如 VETO-SAFETY",
                            "Unique code such as VETO-SAFETY", "VETO-SAFETY"),
                    ImportColumn.of("name", "情形 Condition", TEXT, true, "如 发生重大安全生产责任事故",
                            "e.g. a major work-safety accident", "发生重大安全生产责任事故").limit(TextLimit.NAME).width(40)),
            200);

    static final List<ImportSheet> SHEETS = List.of(SCHEME, CATEGORIES, INDICATORS, SUB_ITEMS, BONUS_RULES, VETO_CONDITIONS);

    static final List<String> INSTRUCTIONS = List.of(
            "评估方案导入模板 / Assessment scheme import template",
            "",
            "1. 每张表第1行是表头（鼠标停在表头上可看说明），第2行是灰色示例行，导入时忽略；请从第3行起填写。",
            "   Row 1 of each sheet holds the headers (hover for help), row 2 is a grey example that is ignored; fill in from row 3.",
            "2. 带下拉箭头的列请从列表中选择。编号只用字母、数字、点（.）、横线（-）和下划线（_）。",
            "   Columns with an arrow take a value from the list. Codes use letters, digits, dots, dashes and underscores only.",
            "3. 分值为数字，最多两位小数；请不要使用公式、合并单元格，也不要在数字格里写文字（如“15分”）。",
            "   Points are numbers with at most two decimals; no formulas, no merged cells, no text such as 15分 in number cells.",
            "4. 每个类别的分值须等于其下标准计分指标分值之和；反向扣分指标分值为 0，并填写扣分下限。",
            "   Each category budget must equal the sum of its standard indicators' maxima; deduction-only indicators are worth 0 and need a floor.",
            "5. 时间为北京时间；只填日期表示当日 23:59:59。自评截止 ≤ 佐证截止 ≤ 审核截止。",
            "   Times are Beijing time; a date alone means 23:59:59 that day. Claims due ≤ evidence due ≤ review due.",
            "6. 导入时先检查全部内容，有任何问题都会逐行列出（表、行、列、原因），且不保存任何内容；全部无误才创建方案。",
            "   The import checks everything first and lists every problem (sheet, row, column, reason) without storing anything;"
                    + " the scheme is created only when nothing is wrong.",
            "7. 不要改动表名、表头和列的顺序。",
            "   Do not rename sheets, change headers or reorder columns.");

    private SchemeTemplate() {
    }
}

package org.evaltrack.command.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built in the test: the real template with rows filled in, then edited cell by cell. */
final class Workbooks {

    private Workbooks() {
    }

    static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** A small scheme that passes every check: two categories, four indicators, a sub-item, two bonus rules, a veto. */
    static Map<ImportSheet, List<List<Object>>> validScheme() {
        return new java.util.LinkedHashMap<>(Map.of(
                SchemeTemplate.SCHEME, List.of(row(2019, "测试方案", "测办发〔2019〕1号", "测试县人民政府办公室",
                        LocalDateTime.of(2020, 1, 10, 0, 0), LocalDateTime.of(2020, 1, 15, 18, 0),
                        "2020-02-28", n("10"))),
                SchemeTemplate.CATEGORIES, List.of(
                        row("共性考核指标", "1.1", "三大攻坚战", n("25")),
                        row("个性指标", "2.1", "高质量发展", n("5"))),
                SchemeTemplate.INDICATORS, List.of(
                        row("1.1", "1.1.1", "精准脱贫", "标准计分", n("15")),
                        row("1.1", "1.1.2", "防范化解重大风险", null, n("10")),
                        row("2.1", "2.1.1", "主要经济指标", "STANDARD", n("5")),
                        row("2.1", "2.1.2", "全面小康", "反向扣分", null, n("-2"), "推定的下限")),
                SchemeTemplate.SUB_ITEMS, List.of(row("1.1.2", "1.1.2.1", "债务控制"), row("1.1.2", "1.1.2.2", "治欠保支")),
                SchemeTemplate.BONUS_RULES, List.of(row("中央主流媒体推介", "中央主流媒体推介", n("0.5")),
                        row("PROVINCIAL_MEDIA", "省级主流媒体推介", n("0.3"))),
                SchemeTemplate.VETO_CONDITIONS, List.of(row("VETO-SAFETY", "发生重大安全生产责任事故"))));
    }

    static XSSFWorkbook scheme(Map<ImportSheet, List<List<Object>>> rows) {
        TemplateWriter writer = new TemplateWriter().instructions("填写说明 Instructions", SchemeTemplate.INSTRUCTIONS);
        SchemeTemplate.SHEETS.forEach(sheet -> writer.sheet(sheet, rows.getOrDefault(sheet, List.of())));
        return open(writer.bytes());
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at an Excel row number (1-based) and column letter index, created when absent. */
    static Cell cell(XSSFWorkbook workbook, ImportSheet sheet, int excelRow, int column) {
        Sheet s = workbook.getSheet(sheet.name());
        Row row = s.getRow(excelRow - 1) == null ? s.createRow(excelRow - 1) : s.getRow(excelRow - 1);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    static Cell cell(XSSFWorkbook workbook, ImportSheet sheet, int excelRow, String columnKey) {
        return cell(workbook, sheet, excelRow, sheet.indexOf(columnKey));
    }
}

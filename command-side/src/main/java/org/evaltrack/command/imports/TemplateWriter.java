package org.evaltrack.command.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a template workbook from sheet definitions, optionally with rows already filled in. */
final class TemplateWriter {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<ColumnKind, CellStyle> dataStyles;
    private final Map<ColumnKind, CellStyle> exampleStyles;
    private final CellStyle headerStyle;
    private final CellStyle requiredHeaderStyle;

    TemplateWriter() {
        headerStyle = header(false);
        requiredHeaderStyle = header(true);
        dataStyles = Map.of(
                ColumnKind.TEXT, format("@", false), ColumnKind.CODE, format("@", false), ColumnKind.CHOICE, format("@", false),
                ColumnKind.INFO, format("@", false), ColumnKind.POINTS, format("0.00", false), ColumnKind.FIGURE, format("General", false),
                ColumnKind.INTEGER, format("0", false), ColumnKind.DATE_TIME, format("yyyy-mm-dd hh:mm:ss", false),
                ColumnKind.DATE, format("yyyy-mm-dd", false));
        exampleStyles = Map.of(
                ColumnKind.TEXT, format("@", true), ColumnKind.CODE, format("@", true), ColumnKind.CHOICE, format("@", true),
                ColumnKind.INFO, format("@", true), ColumnKind.POINTS, format("0.00", true), ColumnKind.FIGURE, format("General", true),
                ColumnKind.INTEGER, format("0", true), ColumnKind.DATE_TIME, format("yyyy-mm-dd hh:mm:ss", true),
                ColumnKind.DATE, format("yyyy-mm-dd", true));
    }

    TemplateWriter instructions(String name, List<String> lines) {
        Sheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, 140 * 256);
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        return this;
    }

    /** A data sheet: headers with comments, the example row, drop-downs, then {@code rows} from row 3. */
    TemplateWriter sheet(ImportSheet spec, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(spec.name());
        Row header = sheet.createRow(ImportSheet.HEADER_ROW);
        Row example = sheet.createRow(ImportSheet.EXAMPLE_ROW);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int lastRow = ImportSheet.FIRST_DATA_ROW + Math.max(spec.maxRows(), rows.size()) - 1;
        for (int c = 0; c < spec.columns().size(); c++) {
            ImportColumn column = spec.columns().get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header() + (column.required() ? " *" : ""));
            cell.setCellStyle(column.required() ? requiredHeaderStyle : headerStyle);
            cell.setCellComment(comment(drawing, c, column));
            sheet.setColumnWidth(c, Math.min(column.width(), 80) * 256);
            sheet.setDefaultColumnStyle(c, dataStyles.get(column.kind()));
            Cell sample = example.createCell(c);
            sample.setCellStyle(exampleStyles.get(column.kind()));
            if (column.example() != null) {
                set(sample, column.example());
            }
            validation(sheet, column, c, lastRow);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(ImportSheet.FIRST_DATA_ROW + r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size() && c < spec.columns().size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(dataStyles.get(spec.columns().get(c).kind()));
                if (values.get(c) != null) {
                    set(cell, values.get(c));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    private void validation(Sheet sheet, ImportColumn column, int c, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        switch (column.kind()) {
            case CHOICE -> constraint = helper.createExplicitListConstraint(
                    column.choices().stream().map(Choice::label).toArray(String[]::new));
            case POINTS -> constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "-100000", "100000");
            case INTEGER -> constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "2000", "2100");
            default -> {
                return;
            }
        }
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(ImportSheet.FIRST_DATA_ROW, lastRow, c, c));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(column.header(), column.helpZh() + "\n" + column.helpEn());
        validation.setShowPromptBox(true);
        validation.createPromptBox(column.header(), column.helpZh());
        if (column.kind() == ColumnKind.CHOICE) {
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }

    private Comment comment(Drawing<?> drawing, int c, ImportColumn column) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(c);
        anchor.setCol2(c + 4);
        anchor.setRow1(0);
        anchor.setRow2(5);
        Comment comment = drawing.createCellComment(anchor);
        String required = column.required() ? "必填 / required" : "选填 / optional";
        comment.setString(workbook.getCreationHelper().createRichTextString(
                column.helpZh() + "\n" + column.helpEn() + "\n(" + required + ")"));
        comment.setAuthor("Evaltrack");
        return comment;
    }

    private CellStyle header(boolean required) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        if (required) {
            font.setColor(IndexedColors.DARK_RED.getIndex());
        }
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }

    private CellStyle format(String format, boolean example) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (example) {
            Font font = workbook.createFont();
            font.setItalic(true);
            font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            style.setFont(font);
        }
        return style;
    }
}

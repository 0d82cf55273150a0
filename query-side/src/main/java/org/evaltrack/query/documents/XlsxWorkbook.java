package org.evaltrack.query.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.evaltrack.kernel.score.Score;

/**
 * A streaming XLSX workbook (SXSSF keeps only a window of rows in memory, so a long audit trail does not
 * grow the heap): one header row per sheet, bold and frozen, numbers as numeric cells.
 */
public final class XlsxWorkbook implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle number;
    private final CellStyle integer;
    private final DocumentLabels labels;

    public XlsxWorkbook(DocumentLabels labels) {
        this.labels = labels;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        // scores carry at most two decimals (Score.SCALE); the cell keeps the exact value, the format only shows it
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    /** A column: its label key in document-labels (or a literal header, such as a category's name) and its width in characters. */
    public record Column(String labelKey, String text, int widthChars) {

        public Column(String labelKey, int widthChars) {
            this(labelKey, null, widthChars);
        }

        public static Column literal(String text, int widthChars) {
            return new Column(null, text, widthChars);
        }
    }

    public XlsxSheet sheet(String nameKey, List<Column> columns) {
        Sheet sheet = workbook.createSheet(labels.get(nameKey));
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            Column column = columns.get(i);
            cell.setCellValue(column.text() != null ? column.text() : labels.get(column.labelKey()));
            cell.setCellStyle(header);
            // width is in 1/256 of a character; CJK glyphs are about two characters wide
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).widthChars()) * 256);
        }
        sheet.createFreezePane(0, 1);
        return new XlsxSheet(sheet);
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streaming sheets live in temporary files until disposed; closing alone would leave them behind. */
    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet being filled row by row below its header. */
    public final class XlsxSheet {

        private final Sheet sheet;
        private int next = 1;

        private XlsxSheet(Sheet sheet) {
            this.sheet = sheet;
        }

        /** Strings as text, Score/BigDecimal/Integer/Long as numbers, booleans as yes/no, instants in Beijing time. */
        public void row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Score score) {
                    cell.setCellValue(score.value().doubleValue());
                    cell.setCellStyle(number);
                } else if (value instanceof BigDecimal decimal) {
                    cell.setCellValue(decimal.doubleValue());
                    cell.setCellStyle(number);
                } else if (value instanceof Integer || value instanceof Long) {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(integer);
                } else if (value instanceof Boolean flag) {
                    cell.setCellValue(labels.get(flag ? "yes" : "no"));
                } else if (value instanceof Instant instant) {
                    cell.setCellValue(DocumentTimes.beijing(instant));
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date.toString());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}

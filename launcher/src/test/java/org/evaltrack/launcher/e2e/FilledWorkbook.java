package org.evaltrack.launcher.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A downloaded template filled in the way an office would: by the headers it reads, row after row
 * from row 3 (row 2 is the template's example). Knows nothing of the server's column definitions.
 */
final class FilledWorkbook {

    private final XSSFWorkbook workbook;

    FilledWorkbook(byte[] template) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    Sheet sheet(String nameStart) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().startsWith(nameStart)) {
                return sheet;
            }
        }
        throw new IllegalArgumentException("no sheet " + nameStart);
    }

    /** Appends a row after the last filled one; values are keyed by the start of their column's header. */
    FilledWorkbook add(String sheetName, Map<String, Object> values) {
        Sheet sheet = sheet(sheetName);
        int r = Math.max(2, sheet.getLastRowNum() + 1);
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        values.forEach((header, value) -> set(row.createCell(column(sheet, header)), value));
        return this;
    }

    /** Sets one cell of an existing row (Excel row number) by its column's header. */
    FilledWorkbook set(String sheetName, int excelRow, String header, Object value) {
        Sheet sheet = sheet(sheetName);
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        set(row.createCell(column(sheet, header)), value);
        return this;
    }

    /** The filled row (Excel row number) whose first cell reads {@code key}. */
    int rowOf(String sheetName, String key) {
        return rowOf(sheetName, null, key);
    }

    /** The filled row (Excel row number) whose cell in the given column (null: the first) reads {@code key}. */
    int rowOf(String sheetName, String header, String key) {
        Sheet sheet = sheet(sheetName);
        int c = header == null ? 0 : column(sheet, header);
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(c) != null && key.equals(row.getCell(c).getStringCellValue())) {
                return r + 1;
            }
        }
        throw new IllegalArgumentException("no row " + key + " in " + sheetName);
    }

    int column(Sheet sheet, String header) {
        Row headers = sheet.getRow(0);
        for (Cell cell : headers) {
            if (cell.getStringCellValue().startsWith(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header + " in " + sheet.getSheetName());
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> values(Object... headerThenValue) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < headerThenValue.length; i += 2) {
            if (headerThenValue[i + 1] != null) {
                values.put((String) headerThenValue[i], headerThenValue[i + 1]);
            }
        }
        return values;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}

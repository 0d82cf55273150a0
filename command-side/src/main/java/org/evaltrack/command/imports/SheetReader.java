package org.evaltrack.command.imports;

import java.time.Instant;
import org.evaltrack.kernel.limit.AcceptedDates;
import org.evaltrack.kernel.limit.NumberLimit;
import org.evaltrack.kernel.limit.TextFault;
import org.evaltrack.kernel.limit.TextRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.evaltrack.kernel.figure.WrittenFigure;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.score.Score;

/**
 * Reads the data rows of one sheet by its column definitions. Every cell that cannot be read as its
 * column demands becomes a problem; the row keeps only the cells that could, so later checks can
 * still look at the rest of the row without reporting the same cell twice.
 */
final class SheetReader {

    /** Letters, digits and the separators codes such as 1.1.2 or VETO-SAFETY use. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d H:m:s"), DateTimeFormatter.ofPattern("yyyy-M-d H:m"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:m:s"), DateTimeFormatter.ofPattern("yyyy/M/d H:m"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));

    /** One data row: its 0-based index and the values that could be read, by column key. */
    record ParsedRow(int index, Map<String, Object> values, Set<String> failed) {

        /** The cell of this column held something that could not be read (and was reported). */
        boolean failed(String key) {
            return failed.contains(key);
        }

        int number() {
            return index + 1;
        }

        <T> Optional<T> get(String key, Class<T> type) {
            return Optional.ofNullable(values.get(key)).map(type::cast);
        }

        boolean has(String key) {
            return values.containsKey(key);
        }
    }

    private final ImportSheet spec;
    private final ImportProblems problems;
    private final ZoneId zone;
    private final Set<Long> mergedCells = new HashSet<>();
    private boolean usable;

    SheetReader(ImportSheet spec, ImportProblems problems, ZoneId zone) {
        this.spec = spec;
        this.problems = problems;
        this.zone = zone;
    }

    /** @return the non-blank data rows; empty when the sheet is missing or unusable (the problems say why) */
    List<ParsedRow> read(Workbook workbook) {
        Sheet sheet = workbook.getSheet(spec.name());
        if (sheet == null) {
            problems.sheet(spec, ImportProblemCode.SHEET_MISSING, spec.name());
            return List.of();
        }
        if (!headersMatch(sheet)) {
            return List.of();
        }
        usable = true;
        noteMergedRegions(sheet);
        List<ParsedRow> rows = new ArrayList<>();
        for (int r = ImportSheet.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row)) {
                continue;
            }
            if (rows.size() == spec.maxRows()) {
                problems.row(spec, r, ImportProblemCode.TOO_MANY_ROWS, "max " + spec.maxRows());
                break;
            }
            rows.add(readRow(row));
        }
        return rows;
    }

    /** The sheet was there with the template's headers, so its rows (or its having none) can be relied on. */
    boolean usable() {
        return usable;
    }

    private boolean headersMatch(Sheet sheet) {
        Row header = sheet.getRow(ImportSheet.HEADER_ROW);
        boolean match = true;
        for (int c = 0; c < spec.columns().size(); c++) {
            String expected = spec.columns().get(c).header();
            Cell cell = header == null ? null : header.getCell(c);
            String found = cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
            if (found.endsWith("*")) {
                found = found.substring(0, found.length() - 1).strip();
            }
            if (!found.equals(expected)) {
                problems.cell(spec, ImportSheet.HEADER_ROW, c, ImportProblemCode.HEADER_MISMATCH, expected);
                match = false;
            }
        }
        return match;
    }

    private void noteMergedRegions(Sheet sheet) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastRow() < ImportSheet.FIRST_DATA_ROW) {
                continue;
            }
            int firstRow = Math.max(region.getFirstRow(), ImportSheet.FIRST_DATA_ROW);
            int firstColumn = Math.min(region.getFirstColumn(), spec.columns().size() - 1);
            problems.cell(spec, firstRow, firstColumn, ImportProblemCode.MERGED_CELL, region.formatAsString());
            for (int r = firstRow; r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn() && c < spec.columns().size(); c++) {
                    mergedCells.add(key(r, c));
                }
            }
        }
    }

    private boolean isBlank(Row row) {
        for (int c = 0; c < spec.columns().size(); c++) {
            if (spec.columns().get(c).kind() != ColumnKind.INFO && !isBlank(row.getCell(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    private ParsedRow readRow(Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        for (int c = 0; c < spec.columns().size(); c++) {
            ImportColumn column = spec.columns().get(c);
            if (column.kind() == ColumnKind.INFO) {
                continue;
            }
            if (mergedCells.contains(key(row.getRowNum(), c))) {
                failed.add(column.key());
                continue;
            }
            Cell cell = row.getCell(c);
            if (isBlank(cell)) {
                if (column.required()) {
                    problems.cell(spec, row.getRowNum(), c, ImportProblemCode.REQUIRED, null);
                    failed.add(column.key());
                }
                continue;
            }
            Object value = read(cell, column, c);
            if (value == null) {
                failed.add(column.key());
            } else {
                values.put(column.key(), value);
            }
        }
        return new ParsedRow(row.getRowNum(), values, Set.copyOf(failed));
    }

    /** @return the cell's value as its column demands, or null after reporting why it cannot be read */
    private Object read(Cell cell, ImportColumn column, int c) {
        int r = cell.getRowIndex();
        if (cell.getCellType() == CellType.FORMULA) {
            return fail(r, c, ImportProblemCode.FORMULA, cell.getCellFormula());
        }
        return switch (column.kind()) {
            case TEXT, CODE, CHOICE -> text(cell, column, r, c);
            case POINTS, INTEGER -> number(cell, column, r, c);
            case FIGURE -> figure(cell, r, c);
            case DATE_TIME -> dateTime(cell, r, c);
            case DATE -> date(cell, r, c);
            case INFO -> null;
        };
    }

    private Object text(Cell cell, ImportColumn column, int r, int c) {
        String text;
        if (cell.getCellType() == CellType.STRING) {
            text = cell.getStringCellValue().strip();
        } else if (cell.getCellType() == CellType.NUMERIC) {
            text = NumberToTextConverter.toText(cell.getNumericCellValue());
        } else {
            return fail(r, c, ImportProblemCode.NOT_TEXT, cell.getCellType().name());
        }
        Optional<TextFault> fault = TextRule.fault(text, column.limit());
        if (fault.isPresent()) {
            return fault.get() == TextFault.TOO_LONG
                    ? fail(r, c, ImportProblemCode.TOO_LONG, "max " + column.limit().maxCodePoints())
                    : fail(r, c, ImportProblemCode.NOT_PLAIN_TEXT, TextRule.excerpt(text));
        }
        if (column.kind() == ColumnKind.CODE && !CODE.matcher(text).matches()) {
            return fail(r, c, ImportProblemCode.BAD_CODE, text);
        }
        if (column.kind() == ColumnKind.CHOICE) {
            return column.choices().stream().filter(choice -> choice.matches(text)).findFirst()
                    .map(choice -> (Object) choice.value())
                    .orElseGet(() -> fail(r, c, ImportProblemCode.UNKNOWN_CHOICE, text));
        }
        return text;
    }

    /** A number cell, or a number typed as text; null for anything else. */
    private static BigDecimal plainNumber(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
        }
        if (cell.getCellType() == CellType.STRING && PLAIN_NUMBER.matcher(cell.getStringCellValue().strip()).matches()) {
            return new BigDecimal(cell.getStringCellValue().strip());
        }
        return null;
    }

    private Object number(Cell cell, ImportColumn column, int r, int c) {
        BigDecimal number = plainNumber(cell);
        if (number == null) {
            return fail(r, c, ImportProblemCode.NOT_A_NUMBER, display(cell));
        }
        if (column.kind() == ColumnKind.INTEGER) {
            if (number.stripTrailingZeros().scale() > 0) {
                return fail(r, c, ImportProblemCode.NOT_A_WHOLE_NUMBER, number.toPlainString());
            }
            if (number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                return fail(r, c, ImportProblemCode.OUT_OF_RANGE, number.toPlainString());
            }
            return number.intValueExact();
        }
        if (number.abs().compareTo(Score.LIMIT) > 0) {
            return fail(r, c, ImportProblemCode.OUT_OF_RANGE, number.toPlainString());
        }
        if (column.kind() == ColumnKind.POINTS) {
            if (number.stripTrailingZeros().scale() > Score.SCALE) {
                return fail(r, c, ImportProblemCode.TOO_MANY_DECIMALS, number.toPlainString());
            }
            return Score.of(number);
        }
        return number;
    }

    /**
     * A number cell, or text the kernel's {@link WrittenFigure} reads (its unit normalised as the JSON API does).
     * The number is held to the API's figure limit ({@link NumberLimit#FIGURE_VALUE}), not to the points limit.
     */
    private Object figure(Cell cell, int r, int c) {
        BigDecimal plain = plainNumber(cell);
        WrittenFigure figure = plain != null ? new WrittenFigure(plain, null)
                : cell.getCellType() == CellType.STRING ? WrittenFigure.parse(cell.getStringCellValue()).orElse(null) : null;
        if (figure == null) {
            return fail(r, c, ImportProblemCode.NOT_A_NUMBER, display(cell));
        }
        Optional<TextFault> fault = figure.unit() == null ? Optional.empty() : TextRule.fault(figure.unit(), TextLimit.FIGURE_UNIT);
        if (fault.isPresent()) {
            return fault.get() == TextFault.TOO_LONG
                    ? fail(r, c, ImportProblemCode.TOO_LONG, "max " + TextLimit.FIGURE_UNIT.maxCodePoints())
                    : fail(r, c, ImportProblemCode.NOT_PLAIN_TEXT, TextRule.excerpt(figure.unit()));
        }
        BigDecimal value = figure.value();
        if (value.precision() - value.scale() > NumberLimit.FIGURE_VALUE.integerDigits()) {
            return fail(r, c, ImportProblemCode.OUT_OF_RANGE, NumberLimit.excerpt(value));
        }
        if (!NumberLimit.FIGURE_VALUE.accepts(value)) {
            return fail(r, c, ImportProblemCode.TOO_MANY_DECIMALS, NumberLimit.excerpt(value));
        }
        return figure;
    }

    private Object dateTime(Cell cell, int r, int c) {
        LocalDateTime time = null;
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            time = DateUtil.getLocalDateTime(cell.getNumericCellValue());
        } else if (cell.getCellType() == CellType.STRING) {
            time = parseDateTime(cell.getStringCellValue().strip());
        }
        if (time == null) {
            return fail(r, c, ImportProblemCode.NOT_A_DATE, display(cell));
        }
        // a deadline given as a day means the whole of that day
        LocalDateTime due = time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().atTime(23, 59, 59) : time;
        Instant instant = due.atZone(zone).toInstant();
        return AcceptedDates.contains(instant) ? instant : fail(r, c, ImportProblemCode.OUT_OF_RANGE, due.toString());
    }

    private Object date(Cell cell, int r, int c) {
        LocalDate date = null;
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            date = DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
        } else if (cell.getCellType() == CellType.STRING) {
            date = parseDate(cell.getStringCellValue().strip());
        }
        if (date == null) {
            return fail(r, c, ImportProblemCode.NOT_A_DATE, display(cell));
        }
        return AcceptedDates.contains(date) ? date : fail(r, c, ImportProblemCode.OUT_OF_RANGE, date.toString());
    }

    private static LocalDateTime parseDateTime(String text) {
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException next) {
                // try the next way of writing it
            }
        }
        LocalDate date = parseDate(text);
        return date == null ? null : date.atStartOfDay();
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException next) {
                // try the next way of writing it
            }
        }
        return null;
    }

    private static String display(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> abbreviate(cell.getStringCellValue());
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            default -> cell.getCellType().name();
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 50 ? text : text.substring(0, 50) + "…";
    }

    private Object fail(int r, int c, ImportProblemCode code, String value) {
        problems.cell(spec, r, c, code, value == null ? null : abbreviate(value));
        return null;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}

package org.evaltrack.command.imports;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a workbook so the office sees them all at once, not one per upload. */
final class ImportProblems {

    private final List<RowProblem> problems = new ArrayList<>();

    void sheet(ImportSheet sheet, ImportProblemCode code, String value) {
        problems.add(new RowProblem(sheet.name(), 0, null, null, code.name(), value));
    }

    void row(ImportSheet sheet, int rowIndex, ImportProblemCode code, String value) {
        problems.add(new RowProblem(sheet.name(), rowIndex + 1, null, null, code.name(), value));
    }

    void cell(ImportSheet sheet, int rowIndex, int columnIndex, ImportProblemCode code, String value) {
        cell(sheet, rowIndex, columnIndex, code.name(), value);
    }

    void cell(ImportSheet sheet, int rowIndex, int columnIndex, String code, String value) {
        problems.add(new RowProblem(sheet.name(), rowIndex + 1, sheet.columns().get(columnIndex).header(),
                ImportColumn.letter(columnIndex) + (rowIndex + 1), code, value));
    }

    void cell(ImportSheet sheet, int rowIndex, String columnKey, ImportProblemCode code, String value) {
        cell(sheet, rowIndex, columnKey, code, value, null, null);
    }

    /** A cell's problem about an indicator's rule: which indicator, and what the rule allows. */
    void cell(ImportSheet sheet, int rowIndex, String columnKey, ImportProblemCode code, String value, String indicator,
              String allowed) {
        int columnIndex = sheet.indexOf(columnKey);
        problems.add(new RowProblem(sheet.name(), rowIndex + 1, sheet.columns().get(columnIndex).header(),
                ImportColumn.letter(columnIndex) + (rowIndex + 1), code.name(), value, columnKey, indicator, allowed));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<RowProblem> all() {
        return List.copyOf(problems);
    }
}

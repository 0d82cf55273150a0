package org.evaltrack.command.imports;

/**
 * One problem of an uploaded workbook, where the office can find it.
 *
 * @param row    the row number as Excel shows it (1-based); 0 when the problem is the sheet's
 * @param column the column's header; null when the problem is the row's or the sheet's
 * @param cell   e.g. "D5"; null when the problem is not one cell's
 * @param code   an {@link ImportProblemCode}, or the domain's error code when a command refused the row
 * @param value  what was found or expected, when that helps (e.g. "25 ≠ 24")
 * @param field     the column's key (e.g. "claimedScore"), for answers about JSON rows; null as for column
 * @param indicator the indicator the row claims, when the problem is about one
 * @param allowed   what the rule allows, when it says (e.g. "0.00 ~ 2.00")
 */
record RowProblem(String sheet, int row, String column, String cell, String code, String value, String field,
                  String indicator, String allowed) {

    RowProblem(String sheet, int row, String column, String cell, String code, String value) {
        this(sheet, row, column, cell, code, value, null, null, null);
    }
}

package org.evaltrack.command.imports;

/** Why one cell, row or sheet of an uploaded workbook cannot be imported. Message keys: {@code import.<name>}. */
enum ImportProblemCode {
    SHEET_MISSING,
    HEADER_MISMATCH,
    TOO_MANY_ROWS,
    REQUIRED,
    FORMULA,
    MERGED_CELL,
    NOT_A_NUMBER,
    NOT_A_WHOLE_NUMBER,
    NOT_A_DATE,
    NOT_TEXT,
    TOO_MANY_DECIMALS,
    OUT_OF_RANGE,
    NOT_POSITIVE,
    NEGATIVE,
    POSITIVE_FLOOR,
    UNKNOWN_CHOICE,
    BAD_CODE,
    TOO_LONG,
    DUPLICATE_CODE,
    UNKNOWN_CATEGORY,
    UNKNOWN_INDICATOR,
    DEDUCTION_ONLY_NOT_ZERO,
    FLOOR_REQUIRED,
    FLOOR_NOT_ALLOWED,
    BUDGET_MISMATCH,
    DEADLINES_OUT_OF_ORDER,
    ONE_ROW_ONLY,
    NO_INDICATORS,
    TOO_MANY_SUB_ITEMS,
    SCORE_OUT_OF_RANGE,
    BONUS_LEVEL_NOT_IN_SCHEME,
    FIGURE_WITHOUT_CLAIM,
    /** The value cell carries a unit ("1.79亿") and the unit cell another. */
    UNIT_GIVEN_TWICE,
    NOTHING_TO_IMPORT,
    /** NUL, a broken character, a control character or a line break where the text must stay on one line. */
    NOT_PLAIN_TEXT;

    String messageKey() {
        return "import." + name();
    }
}

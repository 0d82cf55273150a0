package org.evaltrack.command.imports;

/** What a template column holds, which decides both the template's cell format and how the parser reads it. */
enum ColumnKind {
    /** free text */
    TEXT,
    /** an identifier such as 1.1.2 or VETO-SAFETY: letters, digits, dot, dash, underscore */
    CODE,
    /** points: a number with at most two decimals */
    POINTS,
    /** a reported figure: a number, or number and unit written together as clerks do ("1.79亿", "3.9881亿元") */
    FIGURE,
    /** a whole number such as a year */
    INTEGER,
    /** a date with an optional time of day, in the scheme's zone */
    DATE_TIME,
    /** a calendar date */
    DATE,
    /** one of a fixed list, offered as a drop-down */
    CHOICE,
    /** shown to help whoever fills the sheet; never read back */
    INFO
}

package org.evaltrack.kernel.limit;

/** Why a text was refused; each has a message in the error bundles ({@code text.fault.*}). */
public enum TextFault {
    TOO_LONG,
    /** U+0000, which PostgreSQL cannot store in text. */
    NUL,
    /** Half of a surrogate pair: not Unicode, shown as "?" if it were kept. */
    LONE_SURROGATE,
    /** A control character other than tab and line breaks. */
    CONTROL_CHARACTER,
    /** A line break in a text that must stay on one line (names, codes, file names). */
    LINE_BREAK
}

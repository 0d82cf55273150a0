package org.evaltrack.kernel.limit;

/**
 * Every kind of text a command accepts, with its longest length in Unicode code points and whether
 * it may span lines. The one table of text limits: request validation, the commands' own checks and
 * the read-model schema test all read it. Add a kind here rather than writing a number elsewhere.
 */
public enum TextLimit {
    /** Codes and ids: indicator, category, condition and sub-item codes, unit, scheme, leader and evidence ids. */
    CODE(64, false),
    /** Short labels: display names, document numbers, token names. */
    LABEL(100, false),
    /** Names and titles: units, schemes, categories, indicators, bonus titles and sources, departments, figure names. */
    NAME(200, false),
    /** The unit a reported figure is counted in, e.g. 亿元. */
    FIGURE_UNIT(50, false),
    /** A file name as the uploader's computer called it. */
    FILE_NAME(200, false),
    /** What a task must deliver (要求事项). */
    REQUIRED_ITEM(1000, true),
    /** Reasons, notes and stated assumptions. */
    REASON(2000, true),
    /** A claim's narrative and a report section. */
    NARRATIVE(TextLimit.LONGEST, true);

    /** The longest text any kind allows: no read-model text column may be narrower. */
    public static final int LONGEST = 20000;

    private final int maxCodePoints;
    private final boolean multiLine;

    TextLimit(int maxCodePoints, boolean multiLine) {
        this.maxCodePoints = maxCodePoints;
        this.multiLine = multiLine;
    }

    public int maxCodePoints() {
        return maxCodePoints;
    }

    public boolean multiLine() {
        return multiLine;
    }
}

package org.evaltrack.kernel.limit;

import java.math.BigDecimal;
import org.evaltrack.kernel.score.Score;

/**
 * Every number a command accepts, by integer digits and decimals. Judged on precision and scale
 * alone, so a value such as 1e999999999 is refused without ever being written out in full.
 */
public enum NumberLimit {
    /** Points: at most 100000 (six integer digits) with two decimals; {@link Score} holds the exact range. */
    SCORE(6, Score.SCALE),
    /** A reported figure's value, e.g. 1.79 (亿元). */
    FIGURE_VALUE(18, 6);

    /** Longest number literal the JSON reader reads at all (digits, sign, point and exponent). */
    public static final int MAX_LITERAL_CHARS = 64;

    private final int integerDigits;
    private final int decimals;

    NumberLimit(int integerDigits, int decimals) {
        this.integerDigits = integerDigits;
        this.decimals = decimals;
    }

    public int integerDigits() {
        return integerDigits;
    }

    public int decimals() {
        return decimals;
    }

    /** Total digits a column needs to hold every accepted value exactly. */
    public int precision() {
        return integerDigits + decimals;
    }

    public boolean accepts(BigDecimal value) {
        if (value == null) {
            return true;
        }
        // scale and precision only: stripTrailingZeros never expands the unscaled value
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        long whole = (long) stripped.precision() - stripped.scale();
        return stripped.scale() <= decimals && whole <= integerDigits;
    }

    /** A short, safe rendering of any value, in scientific notation when that is shorter. */
    public static String excerpt(BigDecimal value) {
        if (value == null) {
            return "";
        }
        // toString uses an exponent when the value is very large or very small, never toPlainString's expansion
        String text = value.toString();
        return text.length() <= TextRule.EXCERPT_CODE_POINTS ? text : text.substring(0, TextRule.EXCERPT_CODE_POINTS) + "…";
    }
}

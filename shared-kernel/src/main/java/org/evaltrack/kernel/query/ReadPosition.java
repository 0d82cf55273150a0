package org.evaltrack.kernel.query;

import java.util.OptionalLong;

/**
 * A global event position as it travels between client and server: the command side answers with the
 * position of a command's newest event, the query side with the position its read models reflect, and a
 * read may ask to be answered at a position or later (read-your-writes). A decimal, 0 or more.
 */
public final class ReadPosition {

    /** Response header of every command and read answer; request header of a read that asks for a minimum. */
    public static final String HEADER = "Evaltrack-Position";
    /** The same minimum as a query parameter, for links and page reloads. */
    public static final String PARAMETER = "position";
    /** Longer is not a position: Long.MAX_VALUE has 19 digits. */
    static final int MAX_DIGITS = 19;

    private ReadPosition() {
    }

    /**
     * The position a request asks for: empty when none was sent.
     *
     * @throws IllegalArgumentException when it is not a decimal number from 0 to Long.MAX_VALUE
     */
    public static OptionalLong parse(String sent) {
        if (sent == null || sent.isEmpty()) {
            return OptionalLong.empty();
        }
        String text = sent.trim();
        if (text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a position");
        }
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a position", e);
        }
    }
}

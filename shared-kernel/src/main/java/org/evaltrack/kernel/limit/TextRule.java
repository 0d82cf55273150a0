package org.evaltrack.kernel.limit;

import java.util.Optional;

/**
 * The rule every text a command carries obeys: valid Unicode, no NUL, no control characters except
 * tab and (in multi-line texts) line breaks, and no longer than its {@link TextLimit}.
 */
public final class TextRule {

    /** How much of a refused value a refusal may quote. */
    public static final int EXCERPT_CODE_POINTS = 20;

    private TextRule() {
    }

    /** The first fault of {@code text}, or empty when it is acceptable; null is judged elsewhere (required or not). */
    public static Optional<TextFault> fault(String text, TextLimit limit) {
        if (text == null) {
            return Optional.empty();
        }
        int codePoints = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(TextFault.LONE_SURROGATE);
            } else if (c == 0) {
                return Optional.of(TextFault.NUL);
            } else if (c == '\n' || c == '\r') {
                if (!limit.multiLine()) {
                    return Optional.of(TextFault.LINE_BREAK);
                }
            } else if (c != '\t' && (c < 0x20 || c == 0x7f)) {
                return Optional.of(TextFault.CONTROL_CHARACTER);
            }
            codePoints++;
            if (codePoints > limit.maxCodePoints()) {
                return Optional.of(TextFault.TOO_LONG);
            }
        }
        return Optional.empty();
    }

    public static boolean accepts(String text, TextLimit limit) {
        return fault(text, limit).isEmpty();
    }

    /**
     * Refuses {@code text} with {@link TextNotAcceptedException} when it breaks the rule.
     *
     * @param field the field's key in the error bundles ({@code field.<key>}), e.g. "narrative"
     */
    public static String require(String text, TextLimit limit, String field) {
        Optional<TextFault> fault = fault(text, limit);
        if (fault.isPresent()) {
            throw new TextNotAcceptedException(field, limit, fault.get(), excerpt(text));
        }
        return text;
    }

    /**
     * At most {@link #EXCERPT_CODE_POINTS} code points of {@code text}, with control characters,
     * NUL and lone surrogates written as U+XXXX so the excerpt itself is safe to show and store.
     */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < EXCERPT_CODE_POINTS) {
            int cp = text.codePointAt(i);
            if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1 || Character.isISOControl(cp)) {
                out.append(String.format("U+%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            shown++;
        }
        return i < text.length() ? out.append('…').toString() : out.toString();
    }
}

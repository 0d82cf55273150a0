package org.evaltrack.command.assessment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a bonus award's title, so that the same award typed twice
 * (full-width vs half-width, extra spaces, with or without 《》) is recognised as a duplicate.
 */
final class BonusTitle {

    /** Whitespace, punctuation, and the title and quotation marks units put around names. */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Z}\\p{P}《》〈〉“”\"'「」]+");

    private BonusTitle() {
    }

    static String normalize(String title) {
        String compatible = Normalizer.normalize(title, Normalizer.Form.NFKC);
        return NOISE.matcher(compatible).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

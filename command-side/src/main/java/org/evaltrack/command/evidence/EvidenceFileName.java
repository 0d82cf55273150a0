package org.evaltrack.command.evidence;

import java.text.Normalizer;
import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;

/**
 * The name an uploaded file goes by in events and on screens. It is never used as a path here, but it
 * will be shown, offered as a download name and perhaps saved by someone else's program, so anything
 * that could act as a path or hide what the name says is refused rather than silently rewritten.
 */
public final class EvidenceFileName {

    public static final int MAX_LENGTH = TextLimit.FILE_NAME.maxCodePoints();

    private EvidenceFileName() {
    }

    /**
     * Trims surrounding blanks and normalises to NFC (macOS sends decomposed names), then checks.
     *
     * @throws DomainException VALIDATION_FAILED for a blank name, a path separator, a control or
     *                         bidirectional-override character, "." or "..", or more than 200 characters
     */
    public static String sanitize(String original) {
        if (original == null || original.isBlank()) {
            throw refused("a file name is required");
        }
        // judged before stripping, so a trailing CR LF is refused rather than quietly dropped
        TextRule.require(original, TextLimit.FILE_NAME, "fileName");
        String name = Normalizer.normalize(original.strip(), Normalizer.Form.NFC);
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw refused("a file name must not contain a path separator");
        }
        if (name.codePoints().anyMatch(EvidenceFileName::isHiddenControl)) {
            throw refused("a file name must not contain control characters");
        }
        if (name.equals(".") || name.equals("..")) {
            throw refused("a file name must name a file");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw refused("a file name may have at most " + MAX_LENGTH + " characters");
        }
        return name;
    }

    /** Controls, and the bidi overrides that make "gpj.exe" read as "exe.jpg". */
    private static boolean isHiddenControl(int codePoint) {
        return Character.isISOControl(codePoint)
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F
                || codePoint == 0x2028 || codePoint == 0x2029;
    }

    private static DomainException refused(String detail) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, detail, List.of("file"));
    }
}

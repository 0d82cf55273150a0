package org.evaltrack.query.documents;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The CJK font for tests that render PDF. Without one the test is skipped, unless
 * {@code evaltrack.font.required=true} (as .ci/run sets), when it fails.
 */
final class DocumentFonts {

    private DocumentFonts() {
    }

    static Path required() {
        Optional<Path> font = CjkFont.locate(System.getProperty(CjkFont.PROPERTY));
        if (font.isEmpty()) {
            String message = "no CJK TrueType font for PDF (install fonts-wqy-microhei, see docs/documents.md)";
            if (Boolean.getBoolean("evaltrack.font.required")) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return font.get();
    }
}

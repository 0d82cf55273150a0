package org.evaltrack.query.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the TrueType font for PDF reports lies. No artifact on Maven Central carries a CJK font with
 * TrueType (glyf) outlines, so the build installs Debian's WenQuanYi Micro Hei (.ci/run, the query-side
 * image); {@code evaltrack.documents.pdf-font} names another file (.ttf or .ttc) instead.
 */
public final class CjkFont {

    public static final String PROPERTY = "evaltrack.documents.pdf-font";

    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private CjkFont() {
    }

    /** The configured file if it exists, else the first installed candidate. */
    public static Optional<Path> locate(String configured) {
        Stream<Path> paths = configured == null || configured.isBlank()
                ? CANDIDATES.stream() : Stream.of(Path.of(configured.trim()));
        return paths.filter(Files::isReadable).findFirst();
    }

    static boolean isCollection(Path path) throws IOException {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }
}

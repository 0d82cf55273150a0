package org.evaltrack.kernel.evidence;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where evidence bytes live under {@code evaltrack.blobs.dir}: the command side writes there, the query
 * side reads the same directory (mounted read-only), so both must agree on this one rule. A blob is
 * named by its SHA-256 in lower-case hex, two levels of two-character prefix folders deep
 * ({@code ab/cd/abcd…}), so no single folder grows to millions of entries.
 */
public final class BlobLayout {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private BlobLayout() {
    }

    /** The only form of hash that may ever become part of a path. */
    public static boolean isSha256(String candidate) {
        return candidate != null && HEX_SHA256.matcher(candidate).matches();
    }

    /**
     * @throws IllegalArgumentException for anything but a lower-case hex SHA-256, so the result never leaves the root
     */
    public static Path pathOf(Path root, String sha256) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}

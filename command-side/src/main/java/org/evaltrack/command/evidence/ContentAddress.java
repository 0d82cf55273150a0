package org.evaltrack.command.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.evaltrack.kernel.evidence.BlobLayout;

/** SHA-256 as lower-case hex: the only form of hash that may become part of a file path. */
final class ContentAddress {

    private ContentAddress() {
    }

    static boolean isValid(String candidate) {
        return BlobLayout.isSha256(candidate);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}

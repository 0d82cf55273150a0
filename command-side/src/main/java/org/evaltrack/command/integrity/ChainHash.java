package org.evaltrack.command.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one link of an aggregate's chain. Every field is length-prefixed, so no two
 * different rows (for example payload "ab" + metadata "c" and payload "a" + metadata "bc") can
 * feed the digest the same bytes.
 */
public final class ChainHash {

    /** The "previous hash" of an aggregate's first event. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    /**
     * @param payload  the stored payload bytes, exactly as in domain_event_entry
     * @param metaData the stored metadata bytes (null when the row has none)
     */
    public static String of(byte[] payload, byte[] metaData, String eventIdentifier, long sequenceNumber,
                            String previousHash) {
        MessageDigest digest = sha256();
        field(digest, payload);
        field(digest, metaData);
        field(digest, eventIdentifier.getBytes(StandardCharsets.UTF_8));
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
        field(digest, previousHash.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, byte[] bytes) {
        // -1 tells "no value" apart from an empty one
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            digest.update(bytes);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}

package org.evaltrack.command.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one link of an aggregate's chain, under the rule the link records. Every field is
 * length-prefixed, so no two different rows (for example payload "ab" + metadata "c" and payload "a" +
 * metadata "bc") can feed the digest the same bytes.
 */
public final class ChainHash {

    /** The "previous hash" of an aggregate's first event. */
    public static final String GENESIS = "0".repeat(64);

    /** Links written before V11: payload, metadata, event id and sequence number only. */
    public static final int RULE_PAYLOAD = 1;
    /** Every column a replay reads (docs/integrity.md); what new links are written with. */
    public static final int RULE_EVERY_COLUMN = 2;
    public static final int CURRENT_RULE = RULE_EVERY_COLUMN;

    // tells a rule-2 digest's input apart from any rule-1 input
    private static final byte[] RULE_EVERY_COLUMN_TAG = "evaltrack-chain-2".getBytes(StandardCharsets.US_ASCII);

    private ChainHash() {
    }

    static boolean isKnownRule(int rule) {
        return rule == RULE_PAYLOAD || rule == RULE_EVERY_COLUMN;
    }

    /** The row's link hash under {@code rule}. */
    static String of(int rule, StoredEvents.Row row, String previousHash) {
        return switch (rule) {
            case RULE_PAYLOAD -> payloadRule(row.payload(), row.metaData(), row.eventIdentifier(), row.sequenceNumber(),
                    previousHash);
            case RULE_EVERY_COLUMN -> everyColumnRule(row, previousHash);
            default -> throw new IllegalArgumentException("no chain rule " + rule);
        };
    }

    /**
     * Rule 1, kept to check links written before every column was covered.
     *
     * @param payload  the stored payload bytes, exactly as in domain_event_entry
     * @param metaData the stored metadata bytes (null when the row has none)
     */
    static String payloadRule(byte[] payload, byte[] metaData, String eventIdentifier, long sequenceNumber,
                              String previousHash) {
        MessageDigest digest = sha256();
        field(digest, payload);
        field(digest, metaData);
        field(digest, utf8(eventIdentifier));
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
        field(digest, previousHash.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Rule 2: every column of domain_event_entry that a replay reads, as stored. */
    static String everyColumnRule(StoredEvents.Row row, String previousHash) {
        MessageDigest digest = sha256();
        field(digest, RULE_EVERY_COLUMN_TAG);
        field(digest, row.payload());
        field(digest, row.metaData());
        field(digest, utf8(row.eventIdentifier()));
        field(digest, utf8(row.aggregateIdentifier()));
        field(digest, utf8(row.type()));
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(row.sequenceNumber()).array());
        field(digest, utf8(row.timeStamp()));
        field(digest, utf8(row.payloadType()));
        field(digest, utf8(row.payloadRevision()));
        field(digest, previousHash.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
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

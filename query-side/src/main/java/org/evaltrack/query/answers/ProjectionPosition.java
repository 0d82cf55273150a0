package org.evaltrack.query.answers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a projection stands: a digest of its tokens, one per segment, as the processors last
 * committed them. A projection commits its read-model rows and its token in one transaction, so
 * while this digest is unchanged its tables are unchanged too (a rebuild resets the tokens and so
 * changes it). A dead letter retried through the admin is applied without moving a token, so the
 * dead-letter queue's size and last touch are part of the position. Read without claiming
 * anything; other nodes' processors count as well.
 */
final class ProjectionPosition {

    private final JdbcTemplate jdbc;

    ProjectionPosition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the projection keeps no tokens (a subscribing processor, or not started yet): nothing says it did not move. */
    Optional<String> of(String processingGroup) {
        MessageDigest digest = sha256();
        AtomicInteger segments = new AtomicInteger();
        jdbc.query("select segment, token from token_entry where processor_name = ? order by segment", row -> {
            byte[] token = row.getBytes(2);
            digest.update((row.getInt(1) + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(token == null ? new byte[0] : token);
            digest.update((byte) '|');
            segments.incrementAndGet();
        }, processingGroup);
        if (segments.get() == 0) {
            return Optional.empty();
        }
        jdbc.query("select count(*), max(last_touched) from dead_letter_entry where processing_group = ?", row -> {
            digest.update((row.getLong(1) + "/" + row.getString(2)).getBytes(StandardCharsets.US_ASCII));
        }, processingGroup);
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

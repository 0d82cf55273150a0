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
        StringBuilder deadLetters = new StringBuilder();
        // one round trip: every kept answer pays for this read, so the dead-letter figures ride along on each token row
        jdbc.query("select t.segment, t.token, d.letters, d.touched from token_entry t cross join "
                        + "(select count(*) as letters, max(last_touched) as touched from dead_letter_entry where processing_group = ?) d "
                        + "where t.processor_name = ? order by t.segment", row -> {
            byte[] token = row.getBytes(2);
            digest.update((row.getInt(1) + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(token == null ? new byte[0] : token);
            digest.update((byte) '|');
            if (segments.getAndIncrement() == 0) {
                deadLetters.append(row.getLong(3)).append('/').append(row.getString(4));
            }
        }, processingGroup, processingGroup);
        if (segments.get() == 0) {
            return Optional.empty();
        }
        digest.update(deadLetters.toString().getBytes(StandardCharsets.US_ASCII));
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

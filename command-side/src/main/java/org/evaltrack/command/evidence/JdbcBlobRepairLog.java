package org.evaltrack.command.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records repairs in evidence_blob_repair (V11), where the integrity check reads them. A failure to
 * record does not undo the repair (the good bytes are already in place): it is logged as an error.
 */
public class JdbcBlobRepairLog implements BlobRepairLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcBlobRepairLog.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcBlobRepairLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void repaired(String sha256, String foundSha256, long sizeBytes) {
        try {
            jdbc.update("insert into evidence_blob_repair (repaired_at, sha256, found_sha256, size_bytes) values (?, ?, ?, ?)",
                    Timestamp.from(clock.instant()), sha256, foundSha256, sizeBytes);
        } catch (RuntimeException e) {
            log.error("Evidence blob {} was repaired, but the repair could not be recorded", sha256, e);
        }
    }
}

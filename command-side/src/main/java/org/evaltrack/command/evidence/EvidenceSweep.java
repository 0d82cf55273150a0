package org.evaltrack.command.evidence;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes evidence blobs no event references and temp files a crash left, once older than the grace period
 * ({@code evaltrack.evidence.sweep.grace}): an upload stores its bytes before its command commits, so a blob
 * younger than that may belong to a command still on its way. Every run is logged and written to
 * {@code evidence_sweep}; a file that cannot be handled is logged at ERROR and counted, never skipped quietly.
 */
public class EvidenceSweep {

    public static final String SCHEDULED = "schedule";
    public static final String REQUESTED = "request";

    private static final Logger log = LoggerFactory.getLogger(EvidenceSweep.class);

    private final Path root;
    private final EvidenceReferences references;
    private final Duration grace;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public EvidenceSweep(Path root, EvidenceReferences references, Duration grace, JdbcTemplate jdbc, Clock clock) {
        if (grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("evaltrack.evidence.sweep.grace must be positive, not " + grace);
        }
        this.root = root;
        this.references = references;
        this.grace = grace;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Run(String sweepId, SweepResult result) {
    }

    /** One run at a time per node; runs on several nodes over one directory are safe (BlobSweep). */
    public synchronized Run run(String runBy) {
        String sweepId = "evidence-sweep-" + UUID.randomUUID();
        Instant started = clock.instant();
        SweepResult result;
        try {
            references.completeFromEventStore();
            result = new BlobSweep(root, references::isReferenced, started.minus(grace)).run();
        } catch (RuntimeException e) {
            log.error("Evidence sweep {} ({}) failed before it finished", sweepId, runBy, e);
            record(sweepId, runBy, started, new SweepResult(0, 0, 0, 0, 0, 0, 1, String.valueOf(e)));
            throw e;
        }
        String line = "Evidence sweep {} ({}): removed {} unreferenced blob(s) ({} bytes) and {} temp file(s) ({} bytes); "
                + "kept {} referenced and {} within the grace period {}; {} failure(s)";
        Object[] values = {sweepId, runBy, result.blobsRemoved(), result.blobBytesRemoved(), result.tempFilesRemoved(),
                result.tempBytesRemoved(), result.blobsReferenced(), result.blobsWithinGrace(), grace, result.failures()};
        if (result.failures() > 0) {
            log.error(line + ", the first: {}", append(values, result.firstFailure()));
        } else {
            log.info(line, values);
        }
        record(sweepId, runBy, started, result);
        return new Run(sweepId, result);
    }

    private void record(String sweepId, String runBy, Instant started, SweepResult r) {
        try {
            jdbc.update("insert into evidence_sweep (sweep_id, started_at, finished_at, run_by, blobs_removed, blob_bytes_removed, "
                            + "temp_files_removed, temp_bytes_removed, blobs_referenced, blobs_within_grace, failures, first_failure) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    sweepId, Timestamp.from(started), Timestamp.from(clock.instant()), runBy, r.blobsRemoved(),
                    r.blobBytesRemoved(), r.tempFilesRemoved(), r.tempBytesRemoved(), r.blobsReferenced(),
                    r.blobsWithinGrace(), r.failures(), r.firstFailure());
        } catch (RuntimeException e) {
            log.error("Evidence sweep {} ran, but could not be recorded", sweepId, e);
        }
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}

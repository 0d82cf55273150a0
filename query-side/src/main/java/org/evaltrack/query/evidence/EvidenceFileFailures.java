package org.evaltrack.query.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes down every download refused because a file was gone or changed, in a transaction of its own:
 * a broken file is a finding for the office, not only an answer to one caller. A failure to record is
 * logged and never changes the answer.
 */
class EvidenceFileFailures {

    private static final Logger log = LoggerFactory.getLogger(EvidenceFileFailures.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    EvidenceFileFailures(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void record(String assessmentId, String evidenceId, String problem, String expectedSha256, String foundSha256,
                String userId) {
        log.error("Evidence {} of {} refused for download: {} (expected {}, found {})", evidenceId, assessmentId,
                problem, expectedSha256, foundSha256 == null ? "no file" : foundSha256);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("insert into evidence_file_failure"
                            + " (occurred_at, assessment_id, evidence_id, problem, expected_sha256, found_sha256, user_id)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    Timestamp.from(clock.instant()), assessmentId, evidenceId, problem, expectedSha256, foundSha256, userId));
        } catch (RuntimeException e) {
            log.error("Could not record the refused download of evidence {}", evidenceId, e);
        }
    }
}

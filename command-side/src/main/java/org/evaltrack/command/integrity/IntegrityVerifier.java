package org.evaltrack.command.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.evaltrack.command.evidence.BlobStore;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.error.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes an aggregate's chain from the stored rows and compares it with event_chain, then
 * re-hashes the evidence files its EvidenceAttached events name.
 */
@Component
public class IntegrityVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoredEvents store;
    private final JdbcTemplate jdbc;
    private final BlobStore blobs;
    private final TransactionTemplate snapshot;

    public IntegrityVerifier(JdbcTemplate jdbc, BlobStore blobs, PlatformTransactionManager transactions) {
        this.store = new StoredEvents(jdbc);
        this.jdbc = jdbc;
        this.blobs = blobs;
        // events and links read from one snapshot: a command committing meanwhile is not a "break"
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** An empty report (no events, no links) means there is no such aggregate. */
    public IntegrityReport verify(String aggregateId) {
        record Read(List<StoredEvents.Row> rows, Map<Long, StoredEvents.Link> links) {
        }
        Read read = snapshot.execute(status -> new Read(store.rows(aggregateId), store.links(aggregateId)));
        IntegrityReport.ChainBreak firstBreak = firstBreak(read.rows(), read.links());
        List<IntegrityReport.EvidenceCheck> evidence = new ArrayList<>();
        for (StoredEvents.Row row : read.rows()) {
            if (EvidenceAttached.class.getName().equals(row.payloadType())) {
                evidence.add(checkEvidence(row));
            }
        }
        return new IntegrityReport(aggregateId, read.rows().size(), firstBreak == null, firstBreak,
                linksUnderOlderRule(read.links()), evidence);
    }

    /**
     * Each link is checked by the rule it records. Rules never go back along a chain: a link under an
     * older rule than the one before it is how an edit of the newest event would hide behind the weaker
     * rule, so it is a break of its own.
     */
    static IntegrityReport.ChainBreak firstBreak(List<StoredEvents.Row> rows, Map<Long, StoredEvents.Link> links) {
        Map<Long, StoredEvents.Row> bySequence = new java.util.HashMap<>();
        rows.forEach(row -> bySequence.put(row.sequenceNumber(), row));
        TreeSet<Long> positions = new TreeSet<>(bySequence.keySet());
        positions.addAll(links.keySet());
        String previous = ChainHash.GENESIS;
        int rule = ChainHash.RULE_PAYLOAD;
        for (long sequence : positions) {
            StoredEvents.Row row = bySequence.get(sequence);
            StoredEvents.Link link = links.get(sequence);
            if (row == null) {
                return new IntegrityReport.ChainBreak(sequence, link.eventIdentifier(), IntegrityReport.EVENT_MISSING,
                        link.hash(), null);
            }
            if (link == null) {
                return new IntegrityReport.ChainBreak(sequence, row.eventIdentifier(), IntegrityReport.LINK_MISSING,
                        ChainHash.of(ChainHash.CURRENT_RULE, row, previous), null);
            }
            if (!ChainHash.isKnownRule(link.rule()) || link.rule() < rule) {
                return new IntegrityReport.ChainBreak(sequence, row.eventIdentifier(), IntegrityReport.RULE_DOWNGRADED,
                        ChainHash.of(rule, row, previous), link.hash());
            }
            String expected = ChainHash.of(link.rule(), row, previous);
            if (!expected.equals(link.hash()) || !previous.equals(link.previousHash())
                    || !row.eventIdentifier().equals(link.eventIdentifier())) {
                return new IntegrityReport.ChainBreak(sequence, row.eventIdentifier(), IntegrityReport.HASH_MISMATCH,
                        expected, link.hash());
            }
            previous = expected;
            rule = link.rule();
        }
        return null;
    }

    /** How many links still hold a hash under an older rule than {@link ChainHash#CURRENT_RULE} (relink them). */
    static int linksUnderOlderRule(Map<Long, StoredEvents.Link> links) {
        return (int) links.values().stream().filter(link -> link.rule() < ChainHash.CURRENT_RULE).count();
    }

    private IntegrityReport.EvidenceCheck checkEvidence(StoredEvents.Row row) {
        String evidenceId;
        String sha256;
        try {
            JsonNode payload = JSON.readTree(row.payload());
            evidenceId = payload.path("evidenceId").asText(null);
            sha256 = payload.path("sha256").asText(null);
        } catch (IOException e) {
            return new IntegrityReport.EvidenceCheck(null, null, false, IntegrityReport.UNREADABLE_EVENT, null);
        }
        Instant repairedAt = sha256 == null ? null : lastRepair(sha256);
        if (sha256 == null || !blobs.exists(sha256)) {
            return new IntegrityReport.EvidenceCheck(evidenceId, sha256, false, IntegrityReport.BLOB_MISSING, repairedAt);
        }
        String actual;
        try {
            actual = hashOf(sha256);
        } catch (DomainException e) {
            return new IntegrityReport.EvidenceCheck(evidenceId, sha256, false, IntegrityReport.BLOB_MISSING, repairedAt);
        }
        boolean intact = sha256.equals(actual);
        return new IntegrityReport.EvidenceCheck(evidenceId, sha256, intact, intact ? null : IntegrityReport.BLOB_CHANGED,
                repairedAt);
    }

    /** When an upload last replaced a damaged copy of the blob (FileSystemBlobStore), or null. */
    private Instant lastRepair(String sha256) {
        Timestamp at = jdbc.queryForObject("select max(repaired_at) from evidence_blob_repair where sha256 = ?",
                Timestamp.class, sha256);
        return at == null ? null : at.toInstant();
    }

    private String hashOf(String sha256) {
        MessageDigest digest = ChainHash.sha256();
        try (InputStream in = new DigestInputStream(blobs.open(sha256), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + sha256, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

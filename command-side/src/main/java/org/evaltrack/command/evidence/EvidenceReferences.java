package org.evaltrack.command.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which content addresses events reference, from the lookup table {@code lookup_evidence_blob} that the
 * command side writes with each EvidenceAttached (command V19). Evidence attached before that table existed
 * is read from the command side's own event store once, before the first sweep relies on the table.
 */
public class EvidenceReferences {

    private static final Logger log = LoggerFactory.getLogger(EvidenceReferences.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public EvidenceReferences(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isReferenced(String sha256) {
        Integer rows = jdbc.queryForObject("select count(*) from lookup_evidence_blob where sha256 = ?", Integer.class, sha256);
        return rows != null && rows > 0;
    }

    /**
     * Reads every EvidenceAttached stored before the table was kept, once. Events committed since are in the
     * table already (written in their own transaction), so {@code where not exists} only skips those.
     *
     * @throws IllegalStateException when an event's payload cannot be read: the sweep must not run on a guess
     */
    public void completeFromEventStore() {
        Integer done = jdbc.queryForObject("select count(*) from lookup_evidence_blob_backfill", Integer.class);
        if (done != null && done > 0) {
            return;
        }
        int[] added = {0};
        jdbc.query("select event_identifier, payload from domain_event_entry where payload_type = ?", row -> {
            String eventId = row.getString(1);
            String sha256 = sha256Of(eventId, row.getBytes(2));
            added[0] += jdbc.update("insert into lookup_evidence_blob (event_id, sha256) select ?, ? where not exists "
                    + "(select 1 from lookup_evidence_blob where event_id = ?)", eventId, sha256, eventId);
        }, EvidenceAttached.class.getName());
        jdbc.update("insert into lookup_evidence_blob_backfill (finished_at) values (?)", Timestamp.from(clock.instant()));
        log.info("Evidence references read from the event store: {} earlier attachment(s) added", added[0]);
    }

    private static String sha256Of(String eventId, byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            String sha256 = node.path("sha256").asText(null);
            if (BlobStore.isSha256(sha256)) {
                return sha256;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read EvidenceAttached " + eventId, e);
        }
        throw new IllegalStateException("EvidenceAttached " + eventId + " names no SHA-256");
    }
}

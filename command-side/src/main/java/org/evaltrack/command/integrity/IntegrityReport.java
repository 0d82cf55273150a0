package org.evaltrack.command.integrity;

import java.util.List;

/**
 * The answer of an integrity check. {@code intact} speaks for the event chain; each evidence file
 * has its own verdict, because a missing file does not make the history itself untrustworthy.
 */
public record IntegrityReport(String aggregateId, int eventsChecked, boolean intact, ChainBreak firstBreak,
                              List<EvidenceCheck> evidence) {

    /** Where the chain first stops matching: the stored row (or its missing link) at this position. */
    public record ChainBreak(long sequenceNumber, String eventId, String problem, String expectedHash, String foundHash) {
    }

    /** One EvidenceAttached of the stream and what the blob store holds for it. */
    public record EvidenceCheck(String evidenceId, String sha256, boolean intact, String problem) {
    }

    /** Problems a chain position can have. */
    static final String HASH_MISMATCH = "HASH_MISMATCH";
    static final String LINK_MISSING = "LINK_MISSING";
    static final String EVENT_MISSING = "EVENT_MISSING";
    /** Problems an evidence file can have. */
    static final String BLOB_MISSING = "BLOB_MISSING";
    static final String BLOB_CHANGED = "BLOB_CHANGED";
    static final String UNREADABLE_EVENT = "UNREADABLE_EVENT";
}

package org.evaltrack.command.integrity;

import java.time.Instant;
import java.util.List;

/**
 * The answer of an integrity check. {@code intact} speaks for the event chain; each evidence file
 * has its own verdict, because a missing file does not make the history itself untrustworthy.
 * {@code linksUnderOldRule} counts links whose hash leaves out columns (written before V11): they
 * are checked by that weaker rule until relinked (docs/integrity.md).
 */
public record IntegrityReport(String aggregateId, int eventsChecked, boolean intact, ChainBreak firstBreak,
                              int linksUnderOldRule, List<EvidenceCheck> evidence) {

    /** Where the chain first stops matching: the stored row (or its missing link) at this position. */
    public record ChainBreak(long sequenceNumber, String eventId, String problem, String expectedHash, String foundHash) {
    }

    /**
     * One EvidenceAttached of the stream and what the blob store holds for it; {@code lastRepairedAt}
     * is when an upload last replaced a damaged copy of the file (null: never).
     */
    public record EvidenceCheck(String evidenceId, String sha256, boolean intact, String problem, Instant lastRepairedAt) {
    }

    /** Problems a chain position can have. */
    static final String HASH_MISMATCH = "HASH_MISMATCH";
    static final String LINK_MISSING = "LINK_MISSING";
    static final String EVENT_MISSING = "EVENT_MISSING";
    /** A link under an older (or unknown) rule than the link before it. */
    static final String RULE_DOWNGRADED = "RULE_DOWNGRADED";
    /** Problems an evidence file can have. */
    static final String BLOB_MISSING = "BLOB_MISSING";
    static final String BLOB_CHANGED = "BLOB_CHANGED";
    static final String UNREADABLE_EVENT = "UNREADABLE_EVENT";
}

package org.evaltrack.command.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rows of domain_event_entry and event_chain, read with plain JDBC so the bytes are exactly as stored. */
final class StoredEvents {

    /** Every column of a domain_event_entry row that a replay reads. */
    record Row(String aggregateIdentifier, String type, long sequenceNumber, String eventIdentifier, String timeStamp,
               String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
    }

    /** A link and the rule its hash was computed by ({@link ChainHash#RULE_PAYLOAD} or later). */
    record Link(long sequenceNumber, String eventIdentifier, String hash, String previousHash, int rule) {
    }

    private static final String ROW_COLUMNS = "aggregate_identifier, type, sequence_number, event_identifier, time_stamp, "
            + "payload_type, payload_revision, payload, meta_data";
    private static final String LINK_COLUMNS = "sequence_number, event_identifier, hash, previous_hash, rule_version";

    private final JdbcTemplate jdbc;
    /** Whether the newest link can be locked in the same read (PostgreSQL); H2 takes a second statement. */
    private volatile Boolean locksInRead;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> rows(String aggregateId) {
        return jdbc.query("select " + ROW_COLUMNS + " from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", (rs, i) -> row(rs, 1), aggregateId);
    }

    /** The aggregate's links by sequence number. */
    Map<Long, Link> links(String aggregateId) {
        return links(aggregateId, "");
    }

    /** As {@link #links(String)}, and locked until the transaction ends, so two relinks of one chain cannot interleave. */
    Map<Long, Link> linksForUpdate(String aggregateId) {
        return links(aggregateId, " for update");
    }

    private Map<Long, Link> links(String aggregateId, String lock) {
        Map<Long, Link> links = new TreeMap<>();
        jdbc.query("select " + LINK_COLUMNS + " from event_chain where aggregate_identifier = ? order by sequence_number"
                + lock, rs -> {
                    Link link = link(rs, 1);
                    links.put(link.sequenceNumber(), link);
                }, aggregateId);
        return links;
    }

    /**
     * The rows not yet linked, up to {@code toSequence}, the link they follow (the aggregate's newest), and the
     * global index of the newest of those rows (-1 without rows): the command's position, read in the same round trip.
     */
    record Unlinked(Optional<Link> after, List<Row> rows, long globalIndex, boolean afterLocked) {
    }

    /**
     * The aggregate's newest link and the rows after it, in one round trip (every command pays for it);
     * on PostgreSQL the newest link is locked by the same read ({@code afterLocked}).
     * No rows also when the event is linked already or not in the store at all.
     */
    Unlinked unlinked(String aggregateId, long toSequence) {
        boolean lock = locksInRead();
        List<Link> after = new ArrayList<>(1);
        List<Row> rows = new ArrayList<>(1);
        long[] globalIndex = {-1};
        jdbc.query("with newest as (select " + LINK_COLUMNS + " from event_chain "
                        + "where aggregate_identifier = ? order by sequence_number desc fetch first 1 rows only"
                        + (lock ? " for update" : "") + ") "
                        + "select n.sequence_number, n.event_identifier, n.hash, n.previous_hash, n.rule_version, "
                        + "d.aggregate_identifier, d.type, d.sequence_number, d.event_identifier, d.time_stamp, "
                        + "d.payload_type, d.payload_revision, d.payload, d.meta_data, d.global_index "
                        + "from (select 1 as one) o left join newest n on 1 = 1 "
                        + "left join domain_event_entry d on d.aggregate_identifier = ? "
                        + "and d.sequence_number > coalesce(n.sequence_number, -1) and d.sequence_number <= ? "
                        + "order by d.sequence_number",
                rs -> {
                    if (after.isEmpty() && rs.getString(2) != null) {
                        after.add(link(rs, 1));
                    }
                    if (rs.getString(9) != null) {
                        rows.add(row(rs, 6));
                        globalIndex[0] = Math.max(globalIndex[0], rs.getLong(15));
                    }
                }, aggregateId, aggregateId, toSequence);
        return new Unlinked(after.stream().findFirst(), rows, globalIndex[0], lock);
    }

    private boolean locksInRead() {
        Boolean known = locksInRead;
        if (known == null) {
            known = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                    connection -> connection.getMetaData().getDatabaseProductName()));
            locksInRead = known;
        }
        return known;
    }

    /** The link's hash as committed now, locked until the transaction ends. */
    String lockedHash(String aggregateId, long sequenceNumber) {
        List<String> hash = jdbc.queryForList("select hash from event_chain where aggregate_identifier = ? "
                + "and sequence_number = ? for update", String.class, aggregateId, sequenceNumber);
        if (hash.isEmpty()) {
            throw new IllegalStateException("link " + sequenceNumber + " of " + aggregateId + " disappeared");
        }
        return hash.get(0).trim();
    }

    void insert(String aggregateId, Row row, String hash, String previousHash, int rule) {
        jdbc.update("insert into event_chain (aggregate_identifier, sequence_number, event_identifier, hash, previous_hash, "
                        + "rule_version) values (?, ?, ?, ?, ?, ?)", aggregateId, row.sequenceNumber(), row.eventIdentifier(),
                hash, previousHash, rule);
    }

    /** Rewrites one link (relinking under a newer rule). */
    void update(String aggregateId, long sequenceNumber, String hash, String previousHash, int rule) {
        jdbc.update("update event_chain set hash = ?, previous_hash = ?, rule_version = ? "
                + "where aggregate_identifier = ? and sequence_number = ?", hash, previousHash, rule, aggregateId, sequenceNumber);
    }

    private static Row row(ResultSet rs, int first) throws SQLException {
        return new Row(rs.getString(first), rs.getString(first + 1), rs.getLong(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6), rs.getBytes(first + 7),
                rs.getBytes(first + 8));
    }

    private static Link link(ResultSet rs, int first) throws SQLException {
        return new Link(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2).trim(),
                rs.getString(first + 3).trim(), rs.getInt(first + 4));
    }
}

package org.evaltrack.command.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rows of domain_event_entry and event_chain, read with plain JDBC so the bytes are exactly as stored. */
final class StoredEvents {

    record Row(long sequenceNumber, String eventIdentifier, String payloadType, byte[] payload, byte[] metaData) {
    }

    record Link(long sequenceNumber, String eventIdentifier, String hash, String previousHash) {
    }

    private static final String SELECT_ROWS = "select sequence_number, event_identifier, payload_type, payload, meta_data "
            + "from domain_event_entry where aggregate_identifier = ? ";

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> rows(String aggregateId, long fromSequence, long toSequence) {
        return jdbc.query(SELECT_ROWS + "and sequence_number between ? and ? order by sequence_number",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5)),
                aggregateId, fromSequence, toSequence);
    }

    List<Row> rows(String aggregateId) {
        return rows(aggregateId, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The aggregate's links by sequence number. */
    Map<Long, Link> links(String aggregateId) {
        Map<Long, Link> links = new TreeMap<>();
        jdbc.query("select sequence_number, event_identifier, hash, previous_hash from event_chain "
                        + "where aggregate_identifier = ? order by sequence_number",
                rs -> {
                    Link link = new Link(rs.getLong(1), rs.getString(2), rs.getString(3).trim(), rs.getString(4).trim());
                    links.put(link.sequenceNumber(), link);
                }, aggregateId);
        return links;
    }

    /** The rows not yet linked, up to {@code toSequence}, and the link they follow (the aggregate's newest). */
    record Unlinked(Optional<Link> after, List<Row> rows) {
    }

    /**
     * The aggregate's newest link and the rows after it, in one round trip (every command pays for it).
     * No rows also when the event is linked already or not in the store at all.
     */
    Unlinked unlinked(String aggregateId, long toSequence) {
        List<Link> after = new ArrayList<>(1);
        List<Row> rows = new ArrayList<>(1);
        jdbc.query("with newest as (select sequence_number, event_identifier, hash, previous_hash from event_chain "
                        + "where aggregate_identifier = ? order by sequence_number desc fetch first 1 rows only) "
                        + "select n.sequence_number, n.event_identifier, n.hash, n.previous_hash, "
                        + "d.sequence_number, d.event_identifier, d.payload_type, d.payload, d.meta_data "
                        + "from (select 1 as one) o left join newest n on 1 = 1 "
                        + "left join domain_event_entry d on d.aggregate_identifier = ? "
                        + "and d.sequence_number > coalesce(n.sequence_number, -1) and d.sequence_number <= ? "
                        + "order by d.sequence_number",
                rs -> {
                    if (after.isEmpty() && rs.getString(2) != null) {
                        after.add(new Link(rs.getLong(1), rs.getString(2), rs.getString(3).trim(), rs.getString(4).trim()));
                    }
                    if (rs.getString(6) != null) {
                        rows.add(new Row(rs.getLong(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9)));
                    }
                }, aggregateId, aggregateId, toSequence);
        return new Unlinked(after.stream().findFirst(), rows);
    }

    void insert(String aggregateId, Row row, String hash, String previousHash) {
        jdbc.update("insert into event_chain (aggregate_identifier, sequence_number, event_identifier, hash, previous_hash) "
                + "values (?, ?, ?, ?, ?)", aggregateId, row.sequenceNumber(), row.eventIdentifier(), hash, previousHash);
    }
}

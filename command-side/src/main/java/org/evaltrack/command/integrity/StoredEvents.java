package org.evaltrack.command.integrity;

import java.util.List;
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

    /** The newest link of the aggregate, if any. */
    java.util.Optional<Link> lastLink(String aggregateId) {
        return jdbc.query("select sequence_number, event_identifier, hash, previous_hash from event_chain "
                                + "where aggregate_identifier = ? order by sequence_number desc fetch first 1 rows only",
                        (rs, i) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3).trim(), rs.getString(4).trim()),
                        aggregateId)
                .stream().findFirst();
    }

    void insert(String aggregateId, Row row, String hash, String previousHash) {
        jdbc.update("insert into event_chain (aggregate_identifier, sequence_number, event_identifier, hash, previous_hash) "
                + "values (?, ?, ?, ?, ?)", aggregateId, row.sequenceNumber(), row.eventIdentifier(), hash, previousHash);
    }
}

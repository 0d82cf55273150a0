package org.evaltrack.launcher.crash;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The event store as a crash test reads it: straight from the table, with no Axon in between. */
final class StoredEvents {

    /** One stored event: aggregate, sequence number, payload type and payload as JSON text. */
    record Row(String aggregateId, long sequence, long globalIndex, String type, String payload) {
    }

    private final List<Row> rows;

    private StoredEvents(List<Row> rows) {
        this.rows = rows;
    }

    static StoredEvents read(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet result = connection.createStatement().executeQuery("SELECT aggregate_identifier, sequence_number,"
                     + " global_index, payload_type, payload FROM domain_event_entry ORDER BY global_index")) {
            List<Row> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getLong(2), result.getLong(3), result.getString(4),
                        new String(result.getBytes(5), StandardCharsets.UTF_8)));
            }
            return new StoredEvents(rows);
        }
    }

    /** How many events mention the marker (quoted, so marker 1 does not match marker 10). */
    long mentioning(String marker) {
        return rows.stream().filter(row -> row.payload().contains("\"" + marker) || row.payload().contains(marker + "\""))
                .count();
    }

    int size() {
        return rows.size();
    }

    /**
     * Aggregates whose sequence numbers are not exactly 0..n-1, each with the numbers found;
     * empty when every stream is contiguous.
     */
    Map<String, List<Long>> brokenStreams() {
        Map<String, List<Long>> byAggregate = new TreeMap<>();
        rows.forEach(row -> byAggregate.computeIfAbsent(row.aggregateId(), id -> new ArrayList<>()).add(row.sequence()));
        Map<String, List<Long>> broken = new TreeMap<>();
        byAggregate.forEach((aggregate, sequences) -> {
            List<Long> sorted = sequences.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) != i) {
                    broken.put(aggregate, sorted);
                    return;
                }
            }
        });
        return broken;
    }
}

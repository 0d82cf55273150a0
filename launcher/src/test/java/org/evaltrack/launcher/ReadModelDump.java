package org.evaltrack.launcher;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Every query-side read-model table, row by row, ordered by all its columns. Tables are found in
 * the schema, so read models added later are covered without changing this class; left out are
 * Axon's infrastructure (tokens, dead letters, event store, sagas), the migration histories and
 * the command side's own tables (accounts, lookups).
 */
public final class ReadModelDump {

    private static final List<String> NOT_READ_MODELS = List.of("token_entry", "dead_letter_entry",
            "domain_event_entry", "snapshot_event_entry", "saga_entry", "association_value_entry", "account", "query_node");
    private static final List<String> NOT_READ_MODEL_PREFIXES = List.of("flyway_history", "lookup_");

    private ReadModelDump() {
    }

    public static List<String> tables(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = current_schema AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                String table = rows.getString(1).toLowerCase();
                if (!NOT_READ_MODELS.contains(table) && NOT_READ_MODEL_PREFIXES.stream().noneMatch(table::startsWith)) {
                    tables.add(table);
                }
            }
            return tables;
        }
    }

    /** Table name to its rows; each row is its columns' values as text. */
    public static Map<String, List<List<String>>> of(DataSource dataSource) throws SQLException {
        Map<String, List<List<String>>> dump = new TreeMap<>();
        for (String table : tables(dataSource)) {
            try (Connection connection = dataSource.getConnection();
                 ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
                int columns = rows.getMetaData().getColumnCount();
                String orderBy = IntStream.rangeClosed(1, columns).mapToObj(Integer::toString).collect(Collectors.joining(", "));
                dump.put(table, rows(connection, "SELECT * FROM " + table + " ORDER BY " + orderBy, columns));
            }
        }
        return dump;
    }

    private static List<List<String>> rows(Connection connection, String sql, int columns) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    Object value = rows.getObject(i);
                    row.add(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value));
                }
                result.add(row);
            }
            return result;
        }
    }
}

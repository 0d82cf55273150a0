package org.evaltrack.command.config;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The same round trip on the embedded default: an H2 file database in PostgreSQL mode. */
class EventStoreRoundTripH2Test extends EventStoreRoundTripScenario {

    private final String url = "jdbc:h2:file:" + Path.of("target", "h2", UUID.randomUUID().toString()).toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Override
    String[] databaseArgs() {
        return new String[]{"--server.port=0", "--spring.datasource.url=" + url};
    }

    @Override
    List<Object> column(String sql) {
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var rows = connection.createStatement().executeQuery(sql)) {
            List<Object> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

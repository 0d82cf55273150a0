package org.evaltrack.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

@PostgresTest
class EventStoreRoundTripPostgresTest extends EventStoreRoundTripScenario {

    private final PostgresTestDatabase database;

    EventStoreRoundTripPostgresTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @Override
    String[] databaseArgs() {
        return database.args("--server.port=0");
    }

    @Override
    List<Object> column(String sql) {
        return database.column(sql);
    }

    /** AXON-NOTES 3: Hibernate 6 would put @Lob data into large objects (oid). */
    @Test
    void noColumnIsOid() {
        assertThat(column("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema AND data_type = 'oid'")).isEmpty();
    }

    @Test
    void axonBinaryColumnsAreBytea() {
        assertThat(column("SELECT DISTINCT data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema"
                + " AND column_name IN ('payload', 'meta_data', 'serialized_saga')"))
                .containsExactly("bytea");
    }
}

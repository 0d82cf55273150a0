package org.evaltrack.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresMultiRowInsertsTest {

    private final PostgresMultiRowInserts postProcessor = new PostgresMultiRowInserts();

    @Test
    void aPostgresqlPoolSendsBatchedInsertsAsMultiRowInserts() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/evaltrack");

            postProcessor.postProcessBeforeInitialization(pool, "dataSource");

            assertThat(pool.getDataSourceProperties()).containsEntry(PostgresMultiRowInserts.PROPERTY, "true");
        }
    }

    @Test
    void anotherDatabaseIsLeftAlone() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:other");

            postProcessor.postProcessBeforeInitialization(pool, "dataSource");

            assertThat(pool.getDataSourceProperties()).doesNotContainKey(PostgresMultiRowInserts.PROPERTY);
        }
    }
}

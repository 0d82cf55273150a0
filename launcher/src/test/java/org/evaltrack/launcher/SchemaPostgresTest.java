package org.evaltrack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Both migration sets on PostgreSQL: they match Axon's entities and store no binary data as oid. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaPostgresTest {

    private final PostgresTestDatabase database;
    private ConfigurableApplicationContext context;

    SchemaPostgresTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void start() {
        // validate fails the start if a migration and an entity disagree (e.g. bytea against oid)
        context = new SpringApplicationBuilder(EvaltrackApplication.class)
                .run(database.args("--server.port=0", "--spring.jpa.hibernate.ddl-auto=validate"));
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void migrationsMatchEveryMappedEntity() {
        assertThat(context.isActive()).isTrue();
    }

    @Test
    void noColumnOfAnyTableIsOid() {
        assertThat(database.column("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema"))
                .singleElement().satisfies(count -> assertThat(((Number) count).intValue()).isGreaterThan(40));
        assertThat(database.column("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema AND data_type = 'oid'")).isEmpty();
    }

    @Test
    void everyBinaryColumnIsBytea() {
        assertThat(database.column("SELECT DISTINCT data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema AND column_name IN"
                + " ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')"))
                .containsExactly("bytea");
    }
}

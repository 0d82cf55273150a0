package org.evaltrack.websupport;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Starts the PostgreSQL variants from an empty schema, whatever an earlier run left behind. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanPostgresSchema {

    @Bean
    public FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}

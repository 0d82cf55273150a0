package org.evaltrack.testsupport;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Query-side tests only: in a deployment the command side creates the event store tables; here
 * the command side's own V1 and V17 (copied to db/test-event-store by the query-side pom, never
 * duplicated by hand) is applied so projections have a store to read. Registered as a test
 * auto-configuration, so every Spring context of query-side tests gets it.
 */
@AutoConfiguration
public class TestEventStoreAutoConfiguration {

    @Bean(initMethod = "migrate")
    Flyway testEventStoreFlyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/test-event-store")
                .table("flyway_history_test_event_store")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    @Bean
    static EntityManagerFactoryDependsOnPostProcessor testEventStoreBeforeJpa() {
        return new EntityManagerFactoryDependsOnPostProcessor("testEventStoreFlyway");
    }
}

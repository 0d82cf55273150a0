package org.evaltrack.query.config;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query side's own migration set. Spring Boot's single Flyway is switched off
 * (spring.flyway.enabled=false) because the launcher runs both sides' sets against one database,
 * each with its own history table.
 */
@Configuration(proxyBeanMethods = false)
public class QueryFlywayConfig {

    public static final String LOCATION = "classpath:db/query";
    public static final String HISTORY_TABLE = "flyway_history_query";

    @Bean(initMethod = "migrate")
    public Flyway queryFlyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // The other side's tables may already be there; baseline 0 still applies our V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** Hibernate must not start before our tables exist. */
    @Bean
    public static EntityManagerFactoryDependsOnPostProcessor queryFlywayBeforeJpa() {
        return new EntityManagerFactoryDependsOnPostProcessor("queryFlyway");
    }
}

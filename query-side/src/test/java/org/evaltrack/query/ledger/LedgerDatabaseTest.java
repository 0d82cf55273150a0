package org.evaltrack.query.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.testsupport.PostgresTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the ledger tests that need a database: PostgreSQL, the query side's own migration set, schema
 * validated against the entities, and "now" fixed at {@link #NOW}.
 */
@PostgresTest
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = LedgerDatabaseTest.Config.class)
abstract class LedgerDatabaseTest {

    /** 2020-01-08 12:00 Beijing time. */
    static final Instant NOW = Instant.parse("2020-01-08T04:00:00Z");

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, LedgerProjection.class, LedgerQueryHandler.class})
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        }
    }
}

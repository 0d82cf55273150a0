package org.evaltrack.query.scorecard;

import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.testsupport.PostgresTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the scorecard tests that need a database: PostgreSQL, with the query side's own
 * migration set, schema validated against the entities.
 */
@PostgresTest
@DataJpaTest(properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.properties.hibernate.generate_statistics=true"
})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = ScorecardDatabaseTest.Config.class)
abstract class ScorecardDatabaseTest {

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, ScorecardProjection.class, ScorecardQueryHandler.class})
    static class Config {
    }
}

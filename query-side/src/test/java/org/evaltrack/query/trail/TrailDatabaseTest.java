package org.evaltrack.query.trail;

import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.testsupport.PostgresTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the trail tests that need a database: PostgreSQL, with the query side's own migration
 * set, schema validated against the entities.
 */
@PostgresTest
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = TrailDatabaseTest.Config.class)
abstract class TrailDatabaseTest {

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, TrailProjection.class, TrailQueryHandler.class, CurrentAnswers.class})
    static class Config {
    }
}

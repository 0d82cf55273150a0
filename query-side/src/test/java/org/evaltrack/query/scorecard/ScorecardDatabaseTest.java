package org.evaltrack.query.scorecard;

import org.evaltrack.query.QuerySideJpaPackages;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the scorecard tests that need a database: the query side's Flyway migrations
 * (classpath:db/query, own history table) on H2 in PostgreSQL mode, schema validated against
 * the entities. The datasource is named only here, so switching these tests to PostgreSQL is a
 * change of this class (or of a subclass overriding the properties), not of the tests.
 */
@DataJpaTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:scorecard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.flyway.locations=classpath:db/query",
        "spring.flyway.table=flyway_history_query",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.properties.hibernate.generate_statistics=true"
})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = ScorecardDatabaseTest.Config.class)
abstract class ScorecardDatabaseTest {

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, ScorecardProjection.class, ScorecardQueryHandler.class})
    static class Config {
    }
}

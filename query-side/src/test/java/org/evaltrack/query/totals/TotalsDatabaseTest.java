package org.evaltrack.query.totals;

import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.testsupport.PostgresTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** Base of the totals tests that need a database: PostgreSQL, the query side's migrations, schema validated. */
@PostgresTest
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = TotalsDatabaseTest.Config.class)
abstract class TotalsDatabaseTest {

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, TotalsProjection.class, TotalsReader.class,
            TotalsQueryHandler.class, ScorecardQueryHandler.class, CurrentAnswers.class})
    static class Config {
    }
}

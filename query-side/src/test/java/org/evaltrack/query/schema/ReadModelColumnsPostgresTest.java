package org.evaltrack.query.schema;

import org.evaltrack.testsupport.PostgresTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

/** The read models' columns on PostgreSQL, after every query-side migration. */
@PostgresTest
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = ReadModelColumns.Config.class)
class ReadModelColumnsPostgresTest extends ReadModelColumns {

    @Override
    String schemaExpression() {
        return "current_schema()";
    }
}

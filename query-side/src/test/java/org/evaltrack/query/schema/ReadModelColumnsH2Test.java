package org.evaltrack.query.schema;

import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

/** The same columns on the embedded H2 database, which runs the same migration files. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = ReadModelColumns.Config.class)
class ReadModelColumnsH2Test extends ReadModelColumns {

    @Override
    String schemaExpression() {
        return "schema()";
    }
}
